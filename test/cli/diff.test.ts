/**
 * `okr diff` as a black box, on a git repository the test builds from a copy of the examples:
 * one commit per change, and for each, `okr diff PARENT COMMIT` must flag exactly what that
 * commit deserves (nothing for an honest update) and report its changes by meaning. Judged on
 * 2026-11-20: the 2026-Q4 cycle is half-way, 2026-Q3 has ended.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, append, GoalRepo, replace, type Edits } from './goal-repo.js';
import { ensureCliBuilt, okr, REPO, tempDir } from './run-okr.js';

const require = createRequire(import.meta.url);
const Ajv = require('ajv') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'test/cli/schemas/okr-diff.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
/** Every change type and flag rule the README documents: each step's report adds what it shows. */
const CHANGE_TYPES = schema.definitions.change.properties.change.enum as string[];
const FLAG_RULES = schema.definitions.flag.properties.rule.enum as string[];
const seen = { changes: new Set<string>(), flags: new Set<string>() };

const TODAY = '2026-11-20';
const PRODUCT = 'goals/product-2026-Q4.okr';
const BILLING = 'goals/billing-2026-Q4.okr';
const ACME = 'goals/acme-2026-Q4.okr';
const ONBOARDING = 'goals/onboarding-2026-Q4.okr';
const KPIS = 'goals/kpis.okr';

/** What one edit of a step cut out, for another edit of the same step to paste. */
let moving = '';
const cut = (pattern: RegExp) => (text: string) => {
    const match = pattern.exec(text);
    if (!match) throw new Error(`nothing to cut: ${pattern}`);
    moving = match[0];
    return text.replace(match[0], '');
};

interface Step {
    name: string;
    edits: Edits;
    /** Every flag `okr diff` must raise for the commit, as "rule element-id". */
    flags: string[];
    /** When given: every change it must report, as "change element-id". */
    changes?: string[];
    /** When given: the diagnostics introduced and resolved, as "code element-id". */
    introduced?: string[];
    resolved?: string[];
}

const STEPS: Step[] = [
    {
        name: 'a check-in of today',
        edits: { [PRODUCT]: replace('checkin 2026-11-18 = 64% confidence 0.7\n', 'checkin 2026-11-18 = 64% confidence 0.7\n      checkin 2026-11-20 = 66%\n') },
        flags: [],
        changes: ['score q4_first_week', 'checkin-added q4_self_setup', 'progress q4_self_setup'],
    },
    {
        name: 'a target lowered during its cycle',
        edits: { [PRODUCT]: replace('from 53% to 75%', 'from 53% to 70%') },
        flags: ['target-eased q4_self_setup'],
        changes: ['score q4_first_week', 'measure q4_self_setup', 'progress q4_self_setup'],
    },
    {
        name: 'the target of a key result whose values fall, raised during its cycle',
        edits: { [PRODUCT]: replace('from 6 to 2 days', 'from 6 to 3 days') },
        flags: ['target-eased q4_import_time'],
    },
    {
        name: 'a target lowered after its cycle ended',
        edits: { 'goals/product-2026-Q3.okr': replace('from 38% to 60%', 'from 38% to 55%') },
        flags: ['target-eased q3_self_setup'],
    },
    {
        name: 'a target raised: harder, not flagged',
        edits: { [PRODUCT]: replace('from 22% to 40%', 'from 22% to 45%') },
        flags: [],
    },
    {
        name: 'a baseline rewritten during its cycle',
        edits: { [PRODUCT]: replace('from 1.9 to 1.2', 'from 2.1 to 1.2') },
        flags: ['baseline-rewritten q4_tickets_per_account'],
    },
    {
        name: 'an at-risk key result removed',
        edits: { [BILLING]: replace('    kr q4_billing_tickets "Cut billing-related support tickets per month" from 420 to 250 {\n      checkin 2026-10-30 = 380\n    }\n', '') },
        flags: ['at-risk-removed q4_billing_tickets'],
        changes: ['score q4_effortless_payment', 'removed q4_billing_tickets'],
    },
    {
        name: 'an on-track key result removed (its objective is left without any)',
        edits: {
            [BILLING]: cut(/    kr q4_failed_payments[\s\S]*?\n    }\n/),
        },
        flags: [],
        changes: ['score q4_effortless_payment', 'status q4_effortless_payment', 'removed q4_failed_payments'],
        introduced: ['missing-key-results q4_effortless_payment', 'breached-kpi-without-okr failed_payments'],
        resolved: [],
    },
    {
        name: 'an at-risk key result re-weighted',
        edits: { [ACME]: replace('from $310 to $240 {\n', 'from $310 to $240 {\n      weight 2\n') },
        flags: ['at-risk-reweighted q4_support_cost'],
    },
    {
        name: 'an on-track key result re-weighted',
        edits: { [ACME]: replace('      weight 2\n      checkin 2026-10-31', '      weight 3\n      checkin 2026-10-31') },
        flags: [],
    },
    {
        name: 'a past check-in edited',
        edits: { [PRODUCT]: replace('checkin 2026-10-30 = 58%', 'checkin 2026-10-30 = 60%') },
        flags: ['history-rewritten q4_self_setup'],
    },
    {
        name: 'a past check-in deleted',
        edits: { [ACME]: replace('      checkin 2026-10-19 = 17\n', '') },
        flags: ['history-rewritten q4_ttfv'],
    },
    {
        name: 'the note of a past check-in rewritten',
        edits: { [ONBOARDING]: replace('"Guided setup pilot is live"', '"Guided setup pilot is live for everyone"') },
        flags: ['history-rewritten q4_onboarding_ttfv'],
    },
    {
        name: 'a check-in dated after today, then edited: not yet history',
        edits: { [ONBOARDING]: replace('      checkin 2026-11-16 = 46%\n', '      checkin 2026-11-16 = 46%\n      checkin 2026-12-01 = 50%\n') },
        flags: [],
    },
    {
        name: 'a future check-in edited',
        edits: { [ONBOARDING]: replace('checkin 2026-12-01 = 50%', 'checkin 2026-12-01 = 49%') },
        flags: [],
        // The latest check-in is what scores, whatever its date.
        changes: ['score q4_effortless_setup', 'checkin-changed q4_week_one_activation', 'progress q4_week_one_activation'],
    },
    {
        name: 'a committed objective turned aspirational',
        edits: { [ACME]: replace('committed objective q4_enterprise_ttv', 'aspirational objective q4_enterprise_ttv') },
        flags: ['commitment-dropped q4_enterprise_ttv'],
    },
    {
        name: 'a KPI range widened so that its breach disappears',
        edits: { [KPIS]: replace('expected <= 2%', 'expected <= 2.5%') },
        flags: ['breach-hidden failed_payments'],
        changes: ['range failed_payments', 'health failed_payments'],
        introduced: [],
        resolved: ['breached-kpi-without-okr failed_payments'],
    },
    {
        name: 'a healthy KPI range widened',
        edits: { [KPIS]: replace('expected 70..80%', 'expected 65..80%') },
        flags: [],
        changes: ['range gross_margin'],
    },
    {
        name: 'a past KPI reading edited',
        edits: { [KPIS]: replace('reading 2026-09-30 = $40.1M', 'reading 2026-09-30 = $40.4M') },
        flags: ['history-rewritten arr'],
    },
    {
        name: 'the same goals written differently: nothing changes',
        edits: {
            [KPIS]: replace('reading 2026-10-31 = $41.3M', 'reading 2026-10-31 = $41300k'),
            [PRODUCT]: all(replace('from 6 to 3 days', 'from 6 days to 3 days'), replace('  objective q4_cheaper_to_serve', '  // Lines move: problems below keep their identity.\n\n  objective   q4_cheaper_to_serve')),
        },
        flags: [],
        changes: [],
        introduced: [],
        resolved: [],
    },
    {
        name: 'an objective retitled, and a key result without ID added to it',
        edits: {
            [PRODUCT]: all(
                replace('"Make the first week of every enterprise account effortless"', '"Make the first week of every enterprise account a success"'),
                replace('    initiative "Quarterly enterprise admin council"\n', '    kr "Raise weekly active admins" from 120 to 200 { checkin 2026-11-16 = 170 }\n    initiative "Quarterly enterprise admin council"\n'),
            ),
        },
        flags: [],
        changes: ['retitled q4_first_week', 'score q4_first_week', 'added null'],
    },
    {
        name: 'a key result without ID retitled: another key result',
        edits: { [PRODUCT]: replace('kr "Raise weekly active admins"', 'kr "Raise weekly active administrators"') },
        flags: [],
        changes: ['added null', 'removed null'],
    },
    {
        name: 'an objective moved to another unit, and a KPI too',
        edits: {
            [PRODUCT]: cut(/\n  \/\/ Lines move[^\n]*\n\n  objective\s+q4_cheaper_to_serve[\s\S]*?\n  }\n/),
            [BILLING]: append(() => `\nokrs billing 2026-Q4 {${moving}}\n`),
            [KPIS]: all(
                cut(/\n  \/\/ New this quarter[^\n]*\n  kpi pipeline_coverage[\s\S]*?\n  }\n/),
                replace('kpis product {\n', () => `kpis product {${moving}`),
            ),
        },
        flags: [],
        changes: ['moved q4_cheaper_to_serve', 'moved pipeline_coverage'],
    },
    {
        name: 'an objective moved to the next cycle',
        edits: {
            [BILLING]: replace('okrs billing 2026-Q4 {\n  // Lines move', 'okrs billing 2027-Q1 {\n  // Lines move'),
        },
        flags: [],
        changes: ['moved q4_cheaper_to_serve', 'status q4_cheaper_to_serve'],
    },
    {
        name: 'a target lowered while its objective moved to a later cycle',
        edits: { 'goals/sales-2026-Q4.okr': all(replace('okrs sales 2026-Q4', 'okrs sales 2027-Q1'), replace('from $2.1M to $3.5M', 'from $2.1M to $3M')) },
        flags: ['target-eased q4_new_bookings'],
    },
    {
        name: 'a key result moved to another objective',
        edits: {
            [PRODUCT]: cut(/    kr q4_import_time[\s\S]*?\n    }\n/),
            [ACME]: replace('    kr q4_enterprise_activation', () => `${moving}    kr q4_enterprise_activation`),
        },
        flags: [],
        changes: ['score q4_enterprise_ttv', 'moved q4_import_time', 'score q4_first_week'],
    },
    {
        name: 'a baseline given to a key result that had none, and a measure\'s unit changed',
        edits: {
            [ONBOARDING]: replace('to 70% {', 'from 40% to 70% {'),
            [ACME]: replace('from 52% to 80%', 'from 52 to 80 points'),
        },
        flags: [],
        changes: ['measure q4_enterprise_activation', 'score q4_effortless_setup', 'status q4_effortless_setup', 'measure q4_wizard_completion', 'progress q4_wizard_completion'],
        // Its check-ins are still in %.
        introduced: ['unit-mismatch q4_enterprise_activation'],
    },
    {
        name: 'a KPI reading of today and a new owner',
        edits: {
            [KPIS]: replace('reading 2026-11-16 = 1942\n', 'reading 2026-11-16 = 1942\n    reading 2026-11-20 = 1960\n'),
            'goals/sales-2026-Q4.okr': replace('owner "Sam Okafor"', 'owner "Ana Silva"'),
        },
        flags: [],
        changes: ['reading-added weekly_active_accounts', 'owner q4_enterprise_bookings'],
    },
    {
        name: 'a past KPI reading deleted',
        edits: { [KPIS]: replace('    reading 2026-09-30 = 91%\n', '') },
        flags: ['history-rewritten onboarding_csat'],
        changes: ['reading-removed onboarding_csat'],
    },
    {
        name: 'an objective removed while at risk',
        edits: { 'goals/security-soc2.okr': cut(/  committed objective soc2_ready[\s\S]*?\n  }\n/) },
        flags: ['at-risk-removed soc2_ready'],
        changes: ['removed soc2_ready', 'removed soc2_report', 'removed soc2_controls'],
        introduced: [],
        resolved: ['stale-checkin soc2_report', 'activity-key-result soc2_report'],
    },
];

let root: string;
let repo: GoalRepo;
const commits: string[] = [];

interface Json {
    base: { commit: string | null };
    head: { commit: string | null };
    changes: Array<{ change: string; element: { id: string | null; kind: string }; before: unknown; after: unknown }>;
    flags: Array<{ rule: string; element: { id: string | null }; message: string }>;
    diagnostics: Record<'introduced' | 'resolved', Array<{ code: string; element: { id: string | null } | null }>>;
}

function diffJson(args: string[], cwd = repo.dir): Json {
    const result = okr(['diff', ...args, '--format', 'json', '--today', TODAY], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as Json;
}

beforeAll(async () => {
    await ensureCliBuilt();
    root = tempDir('okr-diff-');
    repo = GoalRepo.create(path.join(root, 'repo'));
    commits.push(repo.git('rev-parse', 'HEAD'));
    for (const step of STEPS) commits.push(repo.commit(step.name, step.edits));
}, 180_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('okr diff PARENT COMMIT, one commit per change', () => {
    it.each(STEPS.map((step, index) => [step.name, index] as const))('%s', (_name, index) => {
        const step = STEPS[index];
        const report = diffJson([commits[index], commits[index + 1]]);
        expect([report.base.commit, report.head.commit]).toEqual([commits[index], commits[index + 1]]);
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        report.changes.forEach(change => seen.changes.add(change.change));
        report.flags.forEach(flag => seen.flags.add(flag.rule));
        expect(report.flags.map(flag => `${flag.rule} ${flag.element.id}`)).toEqual(step.flags);
        if (step.changes) expect(report.changes.map(change => `${change.change} ${change.element.id}`)).toEqual(step.changes);
        const named = (list: Json['diagnostics']['introduced']) => list.map(d => `${d.code} ${d.element?.id}`);
        if (step.introduced) expect(named(report.diagnostics.introduced)).toEqual(step.introduced);
        if (step.resolved) expect(named(report.diagnostics.resolved)).toEqual(step.resolved);
    });

    it('has shown every change type and every flag of the documented JSON', () => {
        expect([...seen.changes].sort()).toEqual([...CHANGE_TYPES].sort());
        expect([...seen.flags].sort()).toEqual([...FLAG_RULES].sort());
    });
});
