/** `okr check` as a black box: exit codes, the four formats, the options. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, ensureCliBuilt, expectOneLineError, okr, okrInTerminal, REPO } from './run-okr.js';
import { pageOfUrl } from '../docs/rule-pages.js';

// CommonJS packages: loaded with require so that their default export is what it says.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

const FIXTURES = 'test/cli/fixtures';
const PROBLEMS = `${FIXTURES}/problems/problems.okr`;
const WARNINGS = `${FIXTURES}/warnings/warnings.okr`;
const TODAY = ['--today', '2026-11-10'];

beforeAll(ensureCliBuilt, 180_000);

describe('exit codes', () => {
    it('exits 0 and prints nothing for a clean folder', () => {
        const result = okr(['check', `${FIXTURES}/clean`, ...TODAY]);
        expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    });

    it('exits 1 when a file has errors', () => {
        expect(okr(['check', PROBLEMS, ...TODAY]).code).toBe(1);
    });

    it('exits 0 when there are only warnings and no budget', () => {
        expect(okr(['check', WARNINGS, ...TODAY]).code).toBe(0);
    });

    it.each([
        ['a missing path', ['check', 'no/such/goals.okr'], 'no/such/goals.okr'],
        ['a real date that does not exist', ['check', WARNINGS, '--today', '2026-02-30'], '2026-02-30'],
        ['a --today that is not a date', ['check', WARNINGS, '--today', 'tomorrow'], 'tomorrow'],
        ['a --max-warnings that is not a number', ['check', WARNINGS, '--max-warnings', 'many'], 'many'],
        ['an unknown format', ['check', WARNINGS, '--format', 'xml'], 'xml'],
        ['an unknown option', ['check', '--frobnicate'], '--frobnicate'],
        ['an unknown command', ['frobnicate'], 'frobnicate'],
        ['no command', [], 'okr'],
        ['a --config file that does not exist', ['check', WARNINGS, '--config', `${FIXTURES}/configs/none.json`], 'configs/none.json'],
        ['a --config file that is not JSON', ['check', WARNINGS, '--config', `${FIXTURES}/configs/not-json.json`], 'configs/not-json.json'],
        ['a --config file with an unknown rule', ['check', WARNINGS, '--config', `${FIXTURES}/configs/unknown-rule.json`], 'no-such-rule'],
        ['an invalid okr.config.json found upwards', ['check', `${FIXTURES}/invalid-config`], 'invalid-config/okr.config.json'],
    ])('exits 2 with one line on stderr for %s', (_case, args, named) => {
        const result = okr(args);
        expect(result.code).toBe(2);
        if (args.length) expect(expectOneLineError(result)).toContain(named);
    });
});

describe('--format json', () => {
    it('prints one object with files, 1-based positions, severities, codes, links to the codes\' pages and a summary', () => {
        const result = okr(['check', PROBLEMS, '--format', 'json', ...TODAY]);
        const report = JSON.parse(result.stdout);
        expect(Object.keys(report)).toEqual(['files', 'summary']);
        expect(report.files).toHaveLength(1);
        expect(report.files[0].path).toBe(PROBLEMS);
        for (const diagnostic of report.files[0].diagnostics) {
            expect(Object.keys(diagnostic).sort()).toEqual(['code', 'column', 'endColumn', 'endLine', 'line', 'message', 'severity', 'url']);
            expect(diagnostic.message.length).toBeGreaterThan(10);
            expect(diagnostic.url).toBe(`https://github.com/okr-lang/okr-lang/blob/main/docs/rules/${diagnostic.code}.md`);
            expect(fs.existsSync(pageOfUrl(diagnostic.url) ?? ''), `${diagnostic.url} is a page of docs/rules/`).toBe(true);
        }
        const brief = report.files[0].diagnostics.map((d: Record<string, unknown>) => [d.line, d.column, d.endLine, d.endColumn, d.severity, d.code]);
        expect(brief).toEqual([
            [4, 7, 4, 16, 'warning', 'kpi-missing-range'],
            [4, 7, 4, 16, 'warning', 'kpi-missing-cadence'],
            [4, 7, 4, 16, 'info', 'kpi-missing-definition'],
            [13, 16, 13, 27, 'error', 'unresolved-reference'],
        ]);
        expect(report.summary).toMatchObject({ errors: 1, warnings: 2, infos: 1 });
    });

    it('lists clean files too, with paths relative to the current folder', () => {
        const result = okr(['check', `${FIXTURES}/clean`, '--format', 'json', ...TODAY]);
        const report = JSON.parse(result.stdout);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual([`${FIXTURES}/clean/goals.okr`, `${FIXTURES}/clean/org.okr`]);
        expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 0 });
    });

    it('keeps an absolute path absolute', () => {
        const absolute = path.join(REPO, WARNINGS);
        const report = JSON.parse(okr(['check', absolute, '--format', 'json'], { cwd: '/' }).stdout);
        expect(report.files[0].path).toBe(absolute);
    });
});

describe('--format sarif', () => {
    const schemaFile = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

    it('is valid SARIF 2.1.0 with rules, levels and relative locations', () => {
        const result = okr(['check', PROBLEMS, `${FIXTURES}/clean`, '--format', 'sarif', ...TODAY]);
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout);
        // The official schema's language pattern has a stray "]" that only non-unicode regular expressions accept.
        const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
        addFormats(ajv);
        const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaFile, 'utf8')));
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);

        const run = log.runs[0];
        expect(log.version).toBe('2.1.0');
        expect(run.tool.driver.name).toBe('okr');
        const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
        expect(ruleIds).toEqual(expect.arrayContaining(['unresolved-reference', 'kpi-missing-range', 'syntax']));
        expect(run.results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
            ['kpi-missing-range', 'warning'], ['kpi-missing-cadence', 'warning'], ['kpi-missing-definition', 'note'], ['unresolved-reference', 'error'],
        ]);
        for (const r of run.results) expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
        const location = run.results[3].locations[0].physicalLocation;
        expect(location.artifactLocation).toEqual({ uri: PROBLEMS, uriBaseId: '%SRCROOT%' });
        expect(location.region).toEqual({ startLine: 13, startColumn: 16, endLine: 13, endColumn: 27 });
        expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${REPO}/`);
    });
});

describe('--format github', () => {
    it('prints one workflow annotation per diagnostic', () => {
        const lines = okr(['check', PROBLEMS, '--format', 'github', ...TODAY]).stdout.trimEnd().split('\n');
        expect(lines).toHaveLength(4);
        expect(lines[0]).toMatch(new RegExp(`^::warning file=${PROBLEMS},line=4,col=7,endLine=4,endColumn=16,title=kpi-missing-range::KPI "south_nps" .+`));
        expect(lines[2]).toMatch(/^::notice .*title=kpi-missing-definition::/);
        expect(lines[3]).toMatch(/^::error file=.*,line=13,col=16,endLine=13,endColumn=27,title=unresolved-reference::.*south_churn/);
    });
});

describe('--format stylish (default)', () => {
    it('groups problems under the file, one aligned row each, and counts them', () => {
        const result = okr(['check', PROBLEMS, ...TODAY]);
        const lines = result.stdout.split('\n');
        expect(lines[1]).toBe(PROBLEMS);
        expect(lines[2]).toMatch(/^ {2}4:7 {4}warning {2}KPI "south_nps" has no expected range.* {2}kpi-missing-range$/);
        expect(lines[5]).toMatch(/^ {2}13:16 {2}error {4}.*south_churn.* {2}unresolved-reference$/);
        expect(result.stdout).toContain('✖ 4 problems (1 error, 2 warnings, 1 info)');
    });

    it('has no colour when the output is not a terminal, or with NO_COLOR', () => {
        expect(okr(['check', PROBLEMS, ...TODAY]).stdout).not.toMatch(ANSI);
        expect(okr(['check', PROBLEMS, ...TODAY], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
        expect(okr(['check', PROBLEMS, ...TODAY], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    });

    it('is coloured on a terminal, unless NO_COLOR is set', () => {
        const args = ['check', PROBLEMS, ...TODAY];
        expect(okrInTerminal(args, {})).toMatch(ANSI);
        expect(okrInTerminal(args, { NO_COLOR: '1' })).not.toMatch(ANSI);
    });
});

describe('options', () => {
    it('--max-warnings N passes with N warnings and fails with N + 1', () => {
        expect(okr(['check', WARNINGS, '--max-warnings', '2']).code).toBe(0);
        const over = okr(['check', WARNINGS, '--max-warnings', '1']);
        expect(over.code).toBe(1);
        expect(over.stderr).toContain('too many warnings (2, maximum 1)');
        expect(okr(['check', WARNINGS, '--max-warnings', '0']).code).toBe(1);
    });

    it('--quiet reports errors only', () => {
        const report = JSON.parse(okr(['check', PROBLEMS, '--quiet', '--format', 'json', ...TODAY]).stdout);
        expect(report.files[0].diagnostics.map((d: { code: string }) => d.code)).toEqual(['unresolved-reference']);
        expect(report.summary).toMatchObject({ errors: 1, warnings: 0, infos: 0 });
        expect(okr(['check', WARNINGS, '--quiet']).stdout).toBe('');
    });

    it('--config replaces okr.config.json: rules turned off there are not reported', () => {
        const result = okr(['check', WARNINGS, '--config', `${FIXTURES}/configs/quiet-kpis.json`, '--max-warnings', '0']);
        expect(result).toMatchObject({ code: 0, stdout: '' });
    });

    it('applies okr.config.json found upwards from the checked file', () => {
        const result = okr(['check', `${FIXTURES}/config-found/warnings.okr`, '--format', 'json']);
        expect(result.code).toBe(1);
        const severities = JSON.parse(result.stdout).files[0].diagnostics.map((d: { code: string; severity: string }) => `${d.code}:${d.severity}`);
        expect(severities).toEqual(['kpi-missing-range:warning', 'kpi-missing-cadence:error']);
    });

    it('--today sets the date that check-ins are judged against', () => {
        const late = JSON.parse(okr(['check', `${FIXTURES}/clean`, '--format', 'json', '--today', '2026-12-01']).stdout);
        expect(late.files.flatMap((f: { diagnostics: Array<{ code: string }> }) => f.diagnostics.map(d => d.code))).toEqual(['stale-checkin', 'stale-checkin']);
    });

    it('checks the current folder when no path is given', () => {
        const result = okr(['check', '--format', 'json', ...TODAY], { cwd: path.join(REPO, FIXTURES, 'clean') });
        expect(JSON.parse(result.stdout).files.map((f: { path: string }) => f.path)).toEqual(['goals.okr', 'org.okr']);
    });

    it('the bundled examples have warnings but no errors, and score (npm start)', () => {
        const check = okr(['check', 'examples']);
        expect(check.code).toBe(0);
        expect(check.stdout).toMatch(/✖ \d+ problems \(0 errors, [1-9]\d* warnings?/);
        const scored = JSON.parse(okr(['score', 'examples', '--format', 'json']).stdout).objectives;
        expect(new Set(scored.map((o: { unit: string }) => o.unit))).toEqual(new Set(['acme', 'product', 'sales', 'onboarding', 'billing', 'security', 'lumen', 'lumen_eng', 'lumen_gtm']));
    });

    it('resolves references into the other files of the workspace when one file is named', () => {
        const result = okr(['check', `${FIXTURES}/clean/goals.okr`, '--format', 'json', ...TODAY]);
        const report = JSON.parse(result.stdout);
        expect(report.files.map((f: { path: string }) => f.path)).toEqual([`${FIXTURES}/clean/goals.okr`]);
        expect(report.files[0].diagnostics).toEqual([]);
    });

    it('--help and --version work on every command', () => {
        const version = JSON.parse(fs.readFileSync(path.join(REPO, 'packages/cli/package.json'), 'utf8')).version;
        for (const command of [[], ['check'], ['score'], ['tree'], ['fmt']]) {
            expect(okr([...command, '--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
            const help = okr([...command, '--help']);
            expect(help.code).toBe(0);
            expect(help.stdout).toMatch(/^Usage: okr/);
        }
    });
});
