/**
 * The README's "Use it in your goals repository" section cannot silently rot: every shell
 * command it shows (in code blocks, and inline `npm …`/`npx …`) must be listed in COMMANDS
 * below and is run here against the packed `okr-lang` in an empty project; its YAML and JSON
 * blocks are checked against action.yml, .pre-commit-hooks.yaml and the extension's manifest,
 * and the workflow's action step runs with its inputs. Also: no doc gives a bare `npx okr`,
 * which would fetch whatever package is called `okr`.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, REPO, tempDir } from '../cli/run-okr.js';
import { runAction } from '../action/run-action.js';
import { cleanEnv, packOkrLang } from '../package/pack.js';

const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

const README = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
const SECTION_TITLE = '## Use it in your goals repository';
const section = README.slice(README.indexOf(SECTION_TITLE), README.indexOf('\n## ', README.indexOf(SECTION_TITLE) + 1));

interface Block { lang: string; text: string }
const blocks: Block[] = [...section.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map(m => ({ lang: m[1], text: m[2] }));
const shellLines = (text: string) => text.split('\n').map(line => line.replace(/\s+#.*$/, '').trim()).filter(line => line && !line.startsWith('#'));
const inlineCommands = [...section.replace(/```[\s\S]*?```/g, '').matchAll(/`((?:npm|npx) [^`]+)`/g)].map(m => m[1]);

/**
 * Every command the section shows, with the exit code it must give on the sample goals (two
 * warnings). The package comes from the packed tarball instead of the registry: the tests run offline.
 */
const COMMANDS: Record<string, number> = {
    'npm i -D okr-lang': 0,
    'npx --no-install okr check goals': 0,
    'npx --no-install okr score goals': 0,
    'npx --yes --package okr-lang okr check goals': 0,
    'npx --yes --package okr-lang okr check goals --max-warnings 0': 1,
    'npx --yes --package okr-lang okr check goals --format gitlab > gl-code-quality-report.json': 0,
    'npx --no-install okr check goals --baseline okr-baseline.json --update-baseline': 0,
    'npx --no-install okr check goals --baseline okr-baseline.json': 0,
    'npx --no-install okr report goals > status.md': 0,
    'npx --no-install okr report goals --format html -o status.html': 0,
    'chmod +x .git/hooks/pre-commit': 0,
    'npm i -g okr-lang': 0,
    'okr-language-server --help': 0,
};

let root: string;
let project: string;
let tarball: string;
const prefix = () => path.join(root, 'global');

/** Runs a README command in the sample project, with the package taken from the tarball. */
function sh(command: string) {
    const local = command
        .replace(/^npm i -D okr-lang$/, `npm i -D --offline ${tarball}`)
        .replace(/^npm i -g okr-lang$/, `npm i -g --offline --prefix ${prefix()} ${tarball}`)
        .replace('--package okr-lang ', `--offline --package ${tarball} `);
    const result = spawnSync('sh', ['-c', local], {
        cwd: project, encoding: 'utf8', timeout: 60_000,
        env: cleanEnv({ NO_COLOR: '1', npm_config_cache: path.join(root, 'npm-cache'), PATH: `${path.join(prefix(), 'bin')}:${process.env.PATH}` }),
    });
    return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-readme-');
    ({ tarball } = packOkrLang(path.join(root, 'packs')));
    project = path.join(root, 'goals-repo');
    fs.mkdirSync(path.join(project, 'goals'), { recursive: true });
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'goals-repo', private: true }));
    fs.cpSync(path.join(REPO, 'test/cli/fixtures/warnings/warnings.okr'), path.join(project, 'goals/warnings.okr'));
    spawnSync('git', ['init', '-q'], { cwd: project });
    fs.copyFileSync(path.join(REPO, 'docs/hooks/pre-commit'), path.join(project, '.git/hooks/pre-commit'));
    fs.chmodSync(path.join(project, '.git/hooks/pre-commit'), 0o644);
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the README', () => {
    it('still opens with `npm install && npm start` and `npm test`', () => {
        const first = /```sh\n([\s\S]*?)```/.exec(README)![1];
        expect(shellLines(first)).toEqual(['npm install && npm start', 'npm test']);
        expect(README.indexOf('```sh')).toBeLessThan(README.indexOf(SECTION_TITLE));
    });

    it('shows, in "Use it in your goals repository", exactly the commands this test runs', () => {
        const shown = new Set([...blocks.filter(b => b.lang === 'sh').flatMap(b => shellLines(b.text)), ...inlineCommands, ...gitlabScript()]);
        expect([...shown].sort()).toEqual(Object.keys(COMMANDS).sort());
    });

    // In the order a reader follows them: install first, the global install before its server.
    it.each(Object.entries(COMMANDS))('%s', (command, code) => {
        const result = sh(command);
        expect(result.code, `${command}\n${result.stdout}\n${result.stderr}`).toBe(code);
        if (command.endsWith('--update-baseline')) expect(fs.existsSync(path.join(project, 'okr-baseline.json'))).toBe(true);
        if (command.includes('--format gitlab')) {
            const issues = JSON.parse(fs.readFileSync(path.join(project, 'gl-code-quality-report.json'), 'utf8'));
            expect(issues.map((i: { check_name: string }) => i.check_name)).toEqual(['kpi-missing-range', 'kpi-missing-cadence']);
        }
        if (command.includes('okr report goals >')) expect(fs.readFileSync(path.join(project, 'status.md'), 'utf8')).toMatch(/^# OKR status report\n/);
        if (command.includes('okr report goals --format html')) expect(fs.readFileSync(path.join(project, 'status.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
        if (command.startsWith('chmod')) expect(fs.statSync(path.join(project, '.git/hooks/pre-commit')).mode & 0o111).not.toBe(0);
        if (command === 'okr-language-server --help') expect(result.stdout).toContain('usage: okr-language-server --stdio');
        if (command === 'npx --no-install okr check goals --baseline okr-baseline.json') expect(result.stdout).toBe('');
    }, 60_000);

    it('runs the GitHub Actions workflow\'s okr step with the inputs it shows', () => {
        const workflow = yaml.load(blocks.find(b => b.lang === 'yaml' && b.text.includes('okr-lang/okr-lang@v1'))!.text) as {
            jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
        };
        const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
        const step = steps.find(s => s.uses === 'okr-lang/okr-lang@v1')!;
        const action = yaml.load(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
        expect(Object.keys(step.with!).every(input => input in action.inputs)).toBe(true);
        const inputs = Object.fromEntries(Object.entries(step.with!).map(([k, v]) => [k, String(v)]));
        const run = runAction(project, inputs);
        expect(run.code).toBe(1); // max-warnings: 0 and two warnings
        expect(fs.existsSync(path.join(project, inputs['sarif-file']))).toBe(true);
        const upload = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
        expect(upload.with!.sarif_file).toBe(inputs['sarif-file']);
    });

    it('gives a GitLab job whose report is the file the command writes', () => {
        const job = gitlabJob();
        expect(job.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
        expect(job.script.every(line => line in COMMANDS)).toBe(true);
        expect(job.artifacts.when).toBe('always');
    });

    it('names pre-commit hooks that .pre-commit-hooks.yaml defines, from this repository', () => {
        const config = yaml.load(blocks.find(b => b.lang === 'yaml' && b.text.includes('repos:'))!.text) as { repos: Array<{ repo: string; hooks: Array<{ id: string }> }> };
        const hooks = yaml.load(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string }>;
        expect(config.repos[0].repo).toBe('https://github.com/okr-lang/okr-lang');
        expect(config.repos[0].hooks.map(h => h.id)).toEqual(hooks.map(h => h.id));
    });

    it('recommends the extension by its Marketplace ID', () => {
        const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'packages/extension/package.json'), 'utf8'));
        const recommended = JSON.parse(blocks.find(b => b.lang === 'json')!.text);
        expect(recommended.recommendations).toEqual([`${manifest.publisher}.${manifest.name}`]);
        expect(section).toContain(`\`${manifest.publisher}.${manifest.name}\``);
    });
});

function gitlabJob(): { script: string[]; artifacts: { when: string; reports: { codequality: string } } } {
    const config = yaml.load(blocks.find(b => b.lang === 'yaml' && b.text.includes('codequality'))!.text) as Record<string, ReturnType<typeof gitlabJob>>;
    return Object.values(config)[0];
}

function gitlabScript(): string[] {
    return gitlabJob().script;
}

describe('every doc', () => {
    const docs = ['README.md', ...fs.readdirSync(path.join(REPO, 'docs'), { recursive: true }).map(String).filter(f => f.endsWith('.md')).map(f => `docs/${f}`),
        ...fs.readdirSync(path.join(REPO, 'packages')).flatMap(p => ['README.md', 'CHANGELOG.md'].map(f => `packages/${p}/${f}`))]
        .filter(file => fs.existsSync(path.join(REPO, file)));

    /** `npx … okr`: resolves to okr-lang only with --no-install (a local install) or --package okr-lang. */
    function bareNpx(text: string): string[] {
        return [...text.matchAll(/\bnpx((?:\s+-[^\s`]+(?:\s+(?!-)[^\s`]+)?)*)\s+(okr[\w-]*)\b/g)]
            .filter(([, flags]) => !/--no-install\b|(?:--package|-p)[= ]okr-lang(?:@|\s|$)/.test(flags))
            .map(([match]) => match);
    }

    it('finds the docs, and the check catches a bare `npx okr`', () => {
        expect(docs).toEqual(expect.arrayContaining(['README.md', 'docs/editors.md', 'packages/cli/README.md', 'packages/extension/README.md']));
        expect(bareNpx('run `npx okr check goals`')).toEqual(['npx okr']);
        expect(bareNpx('- run: npx --yes okr check')).toEqual(['npx --yes okr']);
        expect(bareNpx('npx -p okr okr check')).toEqual(['npx -p okr okr']);
        expect(bareNpx('npx --package okr-lang okr check; npx --no-install okr score; npx --yes --package=okr-lang@1 okr')).toEqual([]);
    });

    it.each(docs)('%s never gives a bare `npx okr`', file => {
        expect(bareNpx(fs.readFileSync(path.join(REPO, file), 'utf8'))).toEqual([]);
    });
});
