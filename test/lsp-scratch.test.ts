import { it } from 'vitest';
import * as fs from 'node:fs';
import { formatText } from 'okr-language';
import { createServices, okrFiles } from './lsp/helpers.js';
it('diff', async () => {
    const { Okr } = createServices();
    for (const f of okrFiles('examples', 'test/fixtures')) {
        const t = fs.readFileSync(f, 'utf8');
        const o = await formatText(Okr, t);
        if (o !== t) { fs.writeFileSync('/tmp/lspx/out.okr', o!); console.log('CHANGED', f); console.log(require('child_process').spawnSync('diff', [f, '/tmp/lspx/out.okr'], { encoding: 'utf8' }).stdout.slice(0, 1500)); }
    }
});
