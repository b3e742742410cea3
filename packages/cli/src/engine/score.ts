/** What `okr score` does once its options are parsed (commands/score.ts). */
import { loadWorkspace } from '../load-workspace.js';
import { colorsFor } from '../output.js';
import { scoreTable } from '../render/score-table.js';
import { objectiveRows, scoreJson } from '../score-model.js';

export interface ScoreOptions { cycle?: string; today?: string; config?: string; format: 'table' | 'json' }

export async function score(paths: string[], options: ScoreOptions): Promise<void> {
    const workspace = await loadWorkspace(paths, { today: options.today, config: options.config, validation: false, requireValidConfig: true });
    const rows = objectiveRows(workspace, options.cycle);
    process.stdout.write(options.format === 'json' ? scoreJson(rows) : scoreTable(rows, colorsFor(process.stdout)));
}
