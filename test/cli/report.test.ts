/**
 * `okr report` as a black box, on copies of the bundled examples: Markdown and HTML, the units
 * in cascade order, what moved since a date (checked against `okr score` on a copy that holds
 * only the check-ins up to that date), breached KPIs, stale key results (the ones `okr check`
 * flags, with its configuration and suppressions), --unit, --cycle, --since, -o and bad input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, expectOneLineError, okr, REPO, tempDir } from './run-okr.js';

const TODAY = '2026-11-20';
let root: string;
let acme: string;

/** A fresh copy of examples/acme, optionally edited: `{ 'file.okr': text => newText }`. */
function copyOfAcme(name: string, edits: Record<string, (text: string) => string> = {}): string {
    const dir = path.join(root, name);
    fs.cpSync(path.join(REPO, 'examples/acme'), dir, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) fs.writeFileSync(path.join(dir, file), edit(fs.readFileSync(path.join(dir, file), 'utf8')));
    return dir;
}

const report = (dir: string, ...args: string[]) => okr(['report', '.', '--today', TODAY, ...args], { cwd: dir });
/** The Markdown of each unit's section, by its heading. */
function sections(markdown: string): Map<string, string> {
    return new Map(markdown.split(/^## /m).slice(1).map(section => [section.slice(0, section.indexOf('\n')), section]));
}
/** A Markdown-escaped ID as the report writes it: `q4\_arr`. */
const escaped = (id: string) => id.replace(/_/g, '\\_');
/** An objective's row: the first table row naming it as `Title (id)` (the objectives table leads each section). */
const objectiveRow = (markdown: string, id: string) => markdown.split('\n').find(line => line.startsWith('| ') && line.includes(`(${escaped(id)})`));

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-report-');
    acme = copyOfAcme('acme');
}, 180_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('okr report --format markdown', () => {
    it('has a section per unit in cascade order, each unit before the units in it', () => {
        const result = report(acme);
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('');
        expect(result.stdout.split('\n').slice(0, 3)).toEqual(['# OKR status report', '', `Today ${TODAY} · changes since 2026-11-13 · cycles 2026\\-Q4, soc2\\_audit`]);
        expect([...sections(result.stdout).keys()]).toEqual([
            'Acme Inc (company acme)', 'Product (department product)', 'Onboarding squad (team onboarding)',
            'Billing squad (team billing)', 'Sales (department sales)', 'Security (team security)',
        ]);
    });

    it('gives every objective of the cycles running today the score, grade and status okr score gives', () => {
        const text = report(acme).stdout;
        const scored = JSON.parse(okr(['score', '.', '--today', TODAY, '--format', 'json'], { cwd: acme }).stdout).objectives
            .filter((o: { cycle: string }) => o.cycle === '2026-Q4' || o.cycle === 'soc2_audit');
        expect(scored.length).toBe(8);
        for (const objective of scored) {
            const cells = objectiveRow(text, objective.id)?.split(' | ').map(cell => cell.replace(/^\| |\s*\|$/g, ''));
            const score = `${(Math.round(objective.score * 10) / 10).toFixed(1)} (${Math.round(objective.score * 100)}%)`;
            expect(cells?.slice(1, 4), objective.id).toEqual([score, objective.grade, objective.status.replace('-', ' ')]);
        }
        expect(text).not.toContain('q3_'.replace('_', '\\_'));
    });

    it('reports the score as it stood on --since: what okr score gives when only the check-ins up to that day exist', () => {
        const since = '2026-11-10';
        // The same goals with every check-in after `since` deleted.
        const upToSince = copyOfAcme('up-to-since');
        for (const file of fs.readdirSync(upToSince).filter(name => name.endsWith('.okr'))) {
            const text = fs.readFileSync(path.join(upToSince, file), 'utf8');
            fs.writeFileSync(path.join(upToSince, file), text.replace(/^\s*checkin (\d{4}-\d\d-\d\d) .*\n/gm, (line, date) => (date > since ? '' : line)));
        }
        const then = JSON.parse(okr(['score', '.', '--today', since, '--format', 'json'], { cwd: upToSince }).stdout).objectives;
        const now = JSON.parse(okr(['score', '.', '--today', TODAY, '--format', 'json'], { cwd: acme }).stdout).objectives;
        const text = report(acme, '--since', since).stdout;
        for (const objective of now.filter((o: { cycle: string }) => o.cycle === '2026-Q4')) {
            const before = then.find((o: { id: string }) => o.id === objective.id);
            const points = Math.round(objective.score * 100) - Math.round(before.score * 100);
            const change = points === 0 ? 'no change' : `${points > 0 ? '+' : '−'}${Math.abs(points)} pts (was ${Math.round(before.score * 100)}%)`;
            expect(objectiveRow(text, objective.id), objective.id).toContain(`| ${change} |`);
        }
    });

    it('lists the check-ins dated after --since under "What moved", with confidence and note, and none before', () => {
        const text = report(acme, '--since', '2026-11-16').stdout;
        const product = sections(text).get('Product (department product)')!;
        expect(product).toContain('### What moved since 2026-11-16');
        expect(product).toContain('- 2026-11-18 · Cut median data import time (q4\\_first\\_week): 4 — Bulk importer in beta');
        expect(product).toContain('- 2026-11-18 · Raise new accounts that finish setup without a support ticket (q4\\_first\\_week): 64\\%, confidence 0\\.7');
        // Check-ins on the --since day itself are part of the score then, not news.
        expect(sections(text).get('Onboarding squad (team onboarding)')).toContain('### What moved since 2026-11-16\n\nNo check-ins.');
    });

    it('lists the breached KPIs of each unit, with what moves them in the cycles under review, and no healthy one', () => {
        const units = sections(report(acme).stdout);
        expect(units.get('Onboarding squad (team onboarding)')).toMatch(/### Breached KPIs\n\n.*\n.*\n\| Median time\\-to\\-first\\-value \(time\\_to\\_first\\_value\) \| 15 on 2026-11-16 \| 7\\\.\\\.14 days \| [▁-█]{3} \| moved by q4\\_ttfv \(2026\\-Q4\), moved by q4\\_onboarding\\_ttfv \(2026\\-Q4\) \|/);
        expect(units.get('Billing squad (team billing)')).toContain('| Failed payment rate (failed\\_payments) | 2\\.4\\% on 2026-10-31 |');
        const breached = [...units.values()].join('').match(/^\| [^|]+ \((\S+)\) \| [^|]+ on \d{4}/gm);
        expect(breached).toHaveLength(2);
        expect(units.get('Acme Inc (company acme)')).toContain('KPIs: 2 healthy');
    });

    it('lists as stale exactly the key results okr check flags stale-checkin', () => {
        const check = JSON.parse(okr(['check', '.', '--today', TODAY, '--format', 'json'], { cwd: acme }).stdout);
        const flagged = check.files.flatMap((file: { diagnostics: Array<{ code: string; message: string }> }) => file.diagnostics)
            .filter((d: { code: string }) => d.code === 'stale-checkin').map((d: { message: string }) => /Key result "([^"]+)"/.exec(d.message)![1]);
        const stale = [...report(acme).stdout.matchAll(/^### Stale key results\n\n.*\n.*\n((?:\|.*\n?)+)/gm)]
            .flatMap(match => match[1].trim().split('\n').map(line => /^\| .*? \(([^)]+)\) \|/.exec(line)![1].replace(/\\_/g, '_')));
        expect(flagged.length).toBeGreaterThan(0);
        expect(stale.sort()).toEqual(flagged.sort());
    });

    it.each([
        ['a longer threshold in okr.config.json', { rules: { 'stale-checkin': ['warning', { days: 30 }] } }, ['soc2\\_report'], ['q4\\_billing\\_tickets']],
        ['the rule turned off', { rules: { 'stale-checkin': 'off' } }, [], ['soc2\\_report', 'q4\\_billing\\_tickets']],
    ])('stale key results follow the stale-checkin rule: %s', (name, config, listed, notListed) => {
        const dir = copyOfAcme(`config-${name.replace(/\W+/g, '-')}`, { 'okr.config.json': () => JSON.stringify(config) });
        const text = report(dir).stdout;
        for (const id of listed) expect(text).toMatch(new RegExp(`### Stale key results[^#]*\\(${id.replace(/\\/g, '\\\\')}\\)`));
        for (const id of notListed) expect(text).not.toMatch(new RegExp(`### Stale key results[^#]*\\(${id.replace(/\\/g, '\\\\')}\\)`));
        if (listed.length) expect(text).toContain('(more than 30 days)');
    });

    it('a suppression comment that silences stale-checkin also keeps the key result out of the report', () => {
        const dir = copyOfAcme('suppressed', {
            'billing-2026-Q4.okr': text => text.replace('    kr q4_billing_tickets', '    // okr-disable-next-line stale-checkin -- tickets are counted monthly\n    kr q4_billing_tickets'),
        });
        expect(report(dir).stdout).not.toContain('(q4\\_billing\\_tickets) |');
        expect(report(acme).stdout).toContain('Cut billing\\-related support tickets per month (q4\\_billing\\_tickets) |');
    });
});

describe('okr report scope', () => {
    it('--unit reports the unit and the units in it', () => {
        expect([...sections(report(acme, '--unit', 'product').stdout).keys()]).toEqual(['Product (department product)', 'Onboarding squad (team onboarding)', 'Billing squad (team billing)']);
        expect([...sections(report(acme, '--unit', 'security').stdout).keys()]).toEqual(['Security (team security)']);
    });

    it('--cycle reports one cycle: an ended one has final scores and nothing stale', () => {
        const text = report(acme, '--cycle', '2026-Q3').stdout;
        expect(text).toContain('· cycle 2026\\-Q3\n');
        expect(text).toContain('(q3\\_guided\\_kickoff) | 0.7 (73%) | green | ended |');
        expect(text).not.toContain('q4\\_');
        expect(text).not.toContain('### Stale key results');
    });

    it('--since defaults to 7 days before --today', () => {
        expect(report(acme, '--today', '2026-12-03').stdout).toContain('Today 2026-12-03 · changes since 2026-11-26 ·');
    });

    it('reads the named files with their workspace, and reports only them', () => {
        const result = okr(['report', 'billing-2026-Q4.okr', '--today', TODAY], { cwd: acme });
        expect(result.code).toBe(0);
        expect([...sections(result.stdout).keys()]).toEqual(['Billing squad (team billing)']);
        expect(result.stdout).toContain('Make paying Acme effortless for finance teams (q4\\_effortless\\_payment) | 0.4 (39%) | yellow | on track |');
    });
});

describe('okr report bad input', () => {
    it.each([
        ['an unknown unit', ['--unit', 'marketing'], 'unknown unit "marketing" (units: acme, product, onboarding, billing, sales, security).'],
        ['an unknown cycle', ['--cycle', '2031-Q1'], 'no objectives in cycle "2031-Q1" (cycles: 2026-Q3, 2026-Q4, soc2_audit).'],
        ['a --since that is not a date', ['--since', '2026-02-30'], 'Expected a date like 2026-11-10, not "2026-02-30".'],
        ['a --since after today', ['--since', '2026-12-01'], '--since 2026-12-01 is after today (2026-11-20)'],
        ['an unknown format', ['--format', 'pdf'], "'pdf' is invalid"],
        ['an output folder that does not exist', ['-o', 'missing/report.md'], 'cannot write missing/report.md'],
    ])('%s: exit 2, one line, nothing written', (_name, args, message) => {
        const before = fs.readdirSync(acme).sort();
        const result = report(acme, ...args);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe('');
        expect(expectOneLineError(result)).toContain(message);
        expect(fs.readdirSync(acme).sort()).toEqual(before);
    });

    it('refuses to write the report over one of its .okr files, which stays as it was', () => {
        const file = path.join(acme, 'billing-2026-Q4.okr');
        const before = fs.readFileSync(file);
        const result = report(acme, '-o', 'billing-2026-Q4.okr');
        expect(result.code).toBe(2);
        expect(expectOneLineError(result)).toContain('refusing to write to billing-2026-Q4.okr');
        expect(fs.readFileSync(file).equals(before)).toBe(true);
    });
});

describe('okr report on a large workspace', () => {
    /** A unit with `objectives` objectives, and one key result checked in 3,000 times. */
    function workspace(objectives: number): string {
        const dir = path.join(root, `large-${objectives}`);
        fs.mkdirSync(dir);
        const day = (i: number) => new Date(Date.UTC(2026, 9, 1 + (i % 90))).toISOString().slice(0, 10);
        const many = Array.from({ length: 3000 }, (_, i) => `checkin ${day(i)} = ${i % 100}`).join('\n');
        const rest = Array.from({ length: objectives }, (_, i) => `  objective o${i} "Objective ${i}" { owner "Kim" kr "k${i}" { from 0 to 100 checkin 2026-11-01 = ${i % 100} } }`).join('\n');
        fs.writeFileSync(path.join(dir, 'goals.okr'), `company acme "Acme"\nokrs acme 2026-Q4 {\n  objective big "Big" { owner "Kim" kr big_kr "Grow" { from 0 to 100\n${many}\n} }\n${rest}\n}\n`);
        return dir;
    }

    it('twice the objectives, about twice the output; a key result checked in 3,000 times gets a sampled sparkline', () => {
        const [small, large] = [1000, 2000].map(n => okr(['report', '.', '--today', TODAY], { cwd: workspace(n), timeout: 120_000 }));
        expect([small.code, large.code]).toEqual([0, 0]);
        expect(large.stdout.length / small.stdout.length).toBeLessThan(2.2);
        expect(large.stdout).toMatch(/\| big \| Grow \| \d+% \| [▁-█]{120} \|/);
        const html = okr(['report', '.', '--today', TODAY, '--format', 'html'], { cwd: path.join(root, 'large-1000'), timeout: 120_000 });
        expect(html.code).toBe(0);
        expect(html.stdout).toContain('data-points="120"><title>Progress at 3000 check-ins, from 2026-10-01 0 (0%) to');
    }, 120_000);
});

describe('okr report --format html', () => {
    it('-o writes one self-contained page (no script, no remote resource) and prints nothing; -o - prints it', () => {
        const file = path.join(root, 'report.html');
        expect(report(acme, '--format', 'html', '-o', file)).toMatchObject({ code: 0, stdout: '', stderr: '' });
        const html = fs.readFileSync(file, 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[A-Za-z0-9+/=]+&#39;/);
        expect(html).not.toMatch(/<script|<link|<img|<iframe|https?:\/\/(?!www\.w3\.org)/i);
        // A sparkline per key result of the cycles running today, one per breached KPI.
        const keyResults = JSON.parse(okr(['score', '.', '--today', TODAY, '--format', 'json'], { cwd: acme }).stdout).objectives
            .filter((o: { cycle: string }) => o.cycle !== '2026-Q3').flatMap((o: { keyResults: unknown[] }) => o.keyResults);
        expect(html.match(/<svg class="sparkline kr-sparkline"/g)).toHaveLength(keyResults.length);
        expect(html.match(/<svg class="sparkline kpi-sparkline"/g)).toHaveLength(2);
        const stdout = report(acme, '--format', 'html', '-o', '-').stdout;
        const withoutNonce = (page: string) => page.replace(/nonce-[^&"]+|nonce="[^"]+"/g, 'nonce');
        expect(withoutNonce(stdout)).toBe(withoutNonce(html));
    });
});
