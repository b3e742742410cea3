import { afterEach, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import { AstUtils, GrammarUtils, TextDocument, type AstNode, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, testCodeAction } from 'langium/test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isKeyResult, isObjective, type Model } from 'okr-language';
import { createServices, hasSyntaxErrors, okrFiles } from './helpers.js';

const { Okr } = createServices();
const fixes = testCodeAction(Okr);
const parse = parseHelper<Model>(Okr);

/** Fixes checked end to end: the validator reports the code, the fix applies, the diagnostic is gone. */
const validated: Array<[string, string, string, string]> = [
    ['kpi-missing-range: a range spanning the readings so far', 'kpi-missing-range',
        `team t "T"
kpis t {
  kpi k "K" {   // watch this
    owner "Kim"
    cadence weekly
    definition "d"
    reading 2026-10-05 = 16 days
    reading 2026-11-02 = 12 days
  }
}
`,
        `team t "T"
kpis t {
  kpi k "K" {   // watch this
    owner "Kim"
    cadence weekly
    definition "d"
    expected 12..16 days
    reading 2026-10-05 = 16 days
    reading 2026-11-02 = 12 days
  }
}
`],
    ['kpi-missing-range: a skeleton in a one-line body', 'kpi-missing-range',
        'team t "T"\nkpis t { kpi k "K" { owner "Kim" cadence weekly definition "d" } }\n',
        'team t "T"\nkpis t { kpi k "K" { owner "Kim" cadence weekly definition "d"\n  expected 0..100\n} }\n'],
    ['kpi-missing-owner: the unit lead becomes the owner', 'kpi-missing-owner',
        'team t "T" { lead "Kim Park" }\nkpis t {\n  kpi k "K" {\n    definition "d"\n    expected >= 90%\n    cadence monthly\n  }\n}\n',
        'team t "T" { lead "Kim Park" }\nkpis t {\n  kpi k "K" {\n    owner "Kim Park"\n    definition "d"\n    expected >= 90%\n    cadence monthly\n  }\n}\n'],
    ['kpi-missing-cadence: the rhythm of the readings', 'kpi-missing-cadence',
        'team t "T"\nkpis t {\n  kpi k "K" {\n    owner "Kim"\n    definition "d"\n    expected >= 90%\n    reading 2026-09-01 = 91%\n    reading 2026-10-01 = 92%\n    reading 2026-11-01 = 93%\n  }\n}\n',
        'team t "T"\nkpis t {\n  kpi k "K" {\n    owner "Kim"\n    definition "d"\n    expected >= 90%\n    cadence monthly\n    reading 2026-09-01 = 91%\n    reading 2026-10-01 = 92%\n    reading 2026-11-01 = 93%\n  }\n}\n'],
    ['kpi-missing-cadence: weekly without readings, in an empty body', 'kpi-missing-cadence',
        'team t "T"\nkpis t {\n  // okr-disable-next-line kpi-missing-range, kpi-missing-owner, kpi-missing-definition\n  kpi k "K" {}\n}\n',
        'team t "T"\nkpis t {\n  // okr-disable-next-line kpi-missing-range, kpi-missing-owner, kpi-missing-definition\n  kpi k "K" {\n    cadence weekly\n  }\n}\n'],
    ['unresolved-reference: a guardrail KPI in the unit\'s kpis block', 'unresolved-reference',
        'team t "T"\nkpis t {\n  kpi k "K" { owner "a" definition "d" expected 1..2 cadence weekly }\n}\nokrs t 2026-Q4 {\n  objective o "O" {\n    guardrails churn_rate\n  }\n}\n',
        'team t "T"\nkpis t {\n  kpi k "K" { owner "a" definition "d" expected 1..2 cadence weekly }\n  kpi churn_rate "Churn rate" {}\n}\nokrs t 2026-Q4 {\n  objective o "O" {\n    guardrails churn_rate\n  }\n}\n'],
    ['unresolved-reference: a moved KPI in a new kpis block', 'unresolved-reference',
        'team t "T"\n\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr "k" { moves nps }\n  }\n}\n',
        'team t "T"\n\nkpis t {\n  kpi nps "Nps" {}\n}\n\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr "k" { moves nps }\n  }\n}\n'],
    ['unresolved-reference: a team after the other units', 'unresolved-reference',
        'company c "C"\n\nokrs growth_team 2026-Q4 {}\n',
        'company c "C"\nteam growth_team "Growth team"\n\nokrs growth_team 2026-Q4 {}\n'],
    ['unresolved-reference: a department as the parent of a team', 'unresolved-reference',
        'team t "T" in sales  // the sales org\n',
        'team t "T" in sales  // the sales org\ndepartment sales "Sales"\n'],
    ['unresolved-reference: a custom cycle for the current quarter', 'unresolved-reference',
        'team t "T"\nokrs t launch {}\n',
        'team t "T"\ncycle launch "Launch" from 2026-10-01 to 2026-12-31\nokrs t launch {}\n'],
    ['activity-key-result: the task becomes an initiative of an outcome KR to fill in', 'activity-key-result',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    owner "K"\n    kr "Launch the onboarding training deck" from 0 to 1\n  }\n}\n',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    owner "K"\n    kr "Increase <metric> from <baseline> to <target>" from 0 to 1 {\n      initiative "Launch the onboarding training deck"\n    }\n  }\n}\n'],
    ['maintenance-objective: the objective becomes a KPI with the range its title states', 'maintenance-objective',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective nps "Maintain our NPS above 40" {\n    owner "K"\n  }\n}\n',
        'team t "T" { lead "K" }\nkpis t {\n  kpi nps "Maintain our NPS above 40" {\n    owner "K"\n    expected >= 40\n  }\n}\n\nokrs t 2026-Q4 {\n}\n'],
    ['maintenance-objective: a response time becomes the ceiling of the KPI', 'maintenance-objective',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective replies "Answer every support request within 2 working days" {\n    owner "K"\n  }\n}\n',
        'team t "T" { lead "K" }\nkpis t {\n  kpi replies "Answer every support request within 2 working days" {\n    owner "K"\n    expected <= 2 working-days\n  }\n}\n\nokrs t 2026-Q4 {\n}\n'],
    ['maintenance-objective: "at least 99.9% uptime" becomes its floor', 'maintenance-objective',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective up "At least 99.9% uptime every month" {\n    owner "K"\n  }\n}\n',
        'team t "T" { lead "K" }\nkpis t {\n  kpi up "At least 99.9% uptime every month" {\n    owner "K"\n    expected >= 99.9%\n  }\n}\n\nokrs t 2026-Q4 {\n}\n'],
    ['maintenance-objective: "zero … every year" becomes a ceiling of nothing', 'maintenance-objective',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective safe "Zero lost-time injuries every year" {\n    owner "K"\n  }\n}\n',
        'team t "T" { lead "K" }\nkpis t {\n  kpi safe "Zero lost-time injuries every year" {\n    owner "K"\n    expected <= 0\n  }\n}\n\nokrs t 2026-Q4 {\n}\n'],
    ['maintenance-objective: a leading share of requests becomes the floor', 'maintenance-objective',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective jobs "99.5% of nightly jobs finish before 6am" {\n    owner "K"\n  }\n}\n',
        'team t "T" { lead "K" }\nkpis t {\n  kpi jobs "99.5% of nightly jobs finish before 6am" {\n    owner "K"\n    expected >= 99.5%\n  }\n}\n\nokrs t 2026-Q4 {\n}\n'],
    ['missing-owner: the unit lead owns the objective', 'missing-owner',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    kr "Raise activation" from 1% to 2%\n  }\n}\n',
        'team t "T" { lead "K" }\nokrs t 2026-Q4 {\n  objective o "Delight new customers" {\n    owner "K"\n    kr "Raise activation" from 1% to 2%\n  }\n}\n'],
    ['unused-suppression: the whole comment line', 'unused-suppression',
        'strategy s "S"\n  // okr-disable-next-line\nstrategy r "R"\n',
        'strategy s "S"\nstrategy r "R"\n'],
    ['unused-suppression: a trailing comment', 'unused-suppression',
        'strategy s "S"   // okr-disable-line -- why not\nstrategy r "R"\n',
        'strategy s "S"\nstrategy r "R"\n'],
    ['unused-suppression: one code of several', 'unused-suppression',
        'team t "T"\nkpis t {\n  // okr-disable-next-line kpi-missing-range, missing-owner -- legacy metric\n  kpi k "K" { owner "a" definition "d" cadence weekly }\n}\n',
        'team t "T"\nkpis t {\n  // okr-disable-next-line kpi-missing-range -- legacy metric\n  kpi k "K" { owner "a" definition "d" cadence weekly }\n}\n'],
];

/**
 * More layouts, with the diagnostic given by hand (a fix depends only on the diagnostic's code
 * and position), so they do not depend on how the text rules judge these titles.
 */
const direct: Array<[string, string, string, string, string[]]> = [
    ['activity-key-result: one-line KR with a trailing comment', 'activity-key-result', '"Launch',
        'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr "Launch the onboarding training deck"   // activity\n  }\n}\n',
        ['team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr "Increase <metric> from <baseline> to <target>" {   // activity\n      initiative "Launch the onboarding training deck"\n    }\n  }\n}\n']],
    ['activity-key-result: KR with a block keeps its ID, measure and check-ins', 'activity-key-result', '"Publish',
        'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr posts "Publish 12 blog posts" from 0 to 12 posts {\n      checkin 2026-11-01 = 3\n    }\n  }\n}\n',
        ['team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr posts "Increase <metric> from <baseline> to <target>" from 0 to 12 posts {\n      checkin 2026-11-01 = 3\n      initiative "Publish 12 blog posts"\n    }\n  }\n}\n']],
    ['activity-key-result: KR followed by more tokens on its line', 'activity-key-result', '"Ship',
        'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" { kr "Ship the \\"v2\\" wizard" }\n}\n',
        ['team t "T"\nokrs t 2026-Q4 {\n  objective o "O" { kr "Increase <metric> from <baseline> to <target>" {\n    initiative "Ship the \\"v2\\" wizard"\n  } }\n}\n']],
    ['maintenance-objective: into the unit\'s kpis block, range from the title', 'maintenance-objective', 'nps',
        'team t "T"\nstrategy s "S"\nkpis t {\n  kpi k "K" {}\n}\nokrs t 2026-Q4 {\n  objective o "O" { kr "x" from 1 to 2 }\n  committed objective nps "Maintain our NPS above 40" {  // maintenance\n    owner "Kim Park"\n    aligns s\n  }\n}\n',
        ['team t "T"\nstrategy s "S"\nkpis t {\n  kpi k "K" {}\n  kpi nps "Maintain our NPS above 40" {  // maintenance\n    owner "Kim Park"\n    /* aligns s */\n    expected >= 40\n  }\n}\nokrs t 2026-Q4 {\n  objective o "O" { kr "x" from 1 to 2 }\n}\n']],
    ['maintenance-objective: a new kpis block before the okrs block', 'maintenance-objective', 'churn',
        'team t "T"\n\nokrs t 2026-Q4 {\n  objective churn "Keep monthly churn below 2%" { owner "Kim" }\n}\n',
        ['team t "T"\n\nkpis t {\n  kpi churn "Keep monthly churn below 2%" { owner "Kim" expected <= 2% }\n}\n\nokrs t 2026-Q4 {\n}\n']],
    ['missing-owner: the unit lead owns the objective', 'missing-owner', 'o "O"',
        'team t "T" { lead "Kim Park" }\nokrs t 2026-Q4 {\n  objective o "O" {\n    kr "x" from 1 to 2\n  }\n}\n',
        ['team t "T" { lead "Kim Park" }\nokrs t 2026-Q4 {\n  objective o "O" {\n    owner "Kim Park"\n    kr "x" from 1 to 2\n  }\n}\n']],
    ['unresolved-reference in aligns: a parent objective (preferred) or a strategy', 'unresolved-reference', 'growth',
        'company c "C"\nteam t "T" in c\nokrs t 2026-Q4 {\n  objective o "O" {\n    aligns growth\n  }\n}\n',
        [
            'company c "C"\nteam t "T" in c\nokrs c 2026-Q4 {\n  objective growth "Growth" {}\n}\n\nokrs t 2026-Q4 {\n  objective o "O" {\n    aligns growth\n  }\n}\n',
            'company c "C"\nteam t "T" in c\nstrategy growth "Growth"\nokrs t 2026-Q4 {\n  objective o "O" {\n    aligns growth\n  }\n}\n',
        ]],
];

async function actionsFor(text: string, code: string, anchor: string): Promise<{ document: TextDocument; actions: CodeAction[] }> {
    const document = await parse(text);
    const offset = text.indexOf(anchor);
    const diagnostic: Diagnostic = {
        range: { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + anchor.length) },
        message: 'test', data: { code },
    };
    const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
    }) as CodeAction[];
    await clearDocuments(Okr, [document]);
    return { document: document.textDocument, actions };
}

describe('quick fixes', () => {
    // Every case is its own workspace: names must not resolve into another case's text.
    afterEach(() => clearDocuments(Okr));

    it.each(validated)('%s', async (_name, code, before, after) => {
        const result = await fixes(before, code, after);
        await result.dispose();
    });

    it.each(direct)('%s', async (_name, code, anchor, before, afters) => {
        const { document, actions } = await actionsFor(before, code, anchor);
        const results = actions.map(action => TextDocument.applyEdits(document, action.edit!.changes![document.uri]));
        expect(results).toEqual(afters);
        expect(actions[0].isPreferred).toBe(true);
        for (const result of results) {
            const fixed = await parse(result);
            expect(hasSyntaxErrors(fixed)).toBe(false);
            await clearDocuments(Okr, [fixed]);
        }
    });

    it('does not turn a maintenance objective with key results into a KPI (they would be lost)', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective nps "Maintain NPS above 40" { kr "x" from 1 to 2 }\n}\n';
        expect((await actionsFor(text, 'maintenance-objective', 'nps')).actions).toEqual([]);
    });

    it('does not turn a maintenance objective that others align to into a KPI', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective keep "Keep uptime above 99.9%" {}\n  objective o "O" { aligns keep }\n}\n';
        expect((await actionsFor(text, 'maintenance-objective', 'keep')).actions).toEqual([]);
    });

    it('offers nothing for codes without a clear fix', async () => {
        const text = 'team t "T"\nokrs t 2026-Q4 {\n  objective o "O" {}\n}\n';
        expect((await actionsFor(text, 'missing-key-results', 'o "O"')).actions).toEqual([]);
    });
});

const syntaxErrors = (document: LangiumDocument) => document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;

/** String literals and comments: the user's own text, which no fix may lose. */
function userText(text: string): string[] {
    return (text.match(/"(?:\\.|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\//g) ?? []).map(token => token.trimEnd());
}

function missing(before: string[], after: string[]): string[] {
    const left = [...after];
    return before.filter(token => {
        const index = left.indexOf(token);
        if (index >= 0) left.splice(index, 1);
        return index < 0;
    });
}

describe('every quick fix on every fixture and example', () => {
    afterEach(() => clearDocuments(Okr));

    it.each(okrFiles('test/fixtures', 'examples'))('%s: fixes keep the syntax and the user\'s text', async file => {
        const text = fs.readFileSync(file, 'utf8');
        const document = await parse(text, { validation: true });
        const at = (node: AstNode, property: string) => GrammarUtils.findNodeForProperty(node.$cstNode, property)!.range;
        // Real diagnostics, plus the text rules' codes on every KR and objective: their fixes must be safe anywhere.
        const diagnostics: Diagnostic[] = [
            ...(document.diagnostics ?? []),
            ...AstUtils.streamAst(document.parseResult.value).filter(isKeyResult).map(kr => ({ range: at(kr, 'title'), message: '', data: { code: 'activity-key-result' } })),
            ...AstUtils.streamAst(document.parseResult.value).filter(isObjective).map(o => ({ range: at(o, 'name'), message: '', data: { code: 'maintenance-objective' } })),
        ];
        for (const diagnostic of diagnostics) {
            const actions = await Okr.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
            }) as CodeAction[];
            for (const action of actions) {
                // The vocabulary fix edits the workspace's okr.config.json, not this document (tested in vocabulary.test.ts).
                const own = action.edit!.changes?.[document.uri.toString()];
                if (!own) {
                    expect(action.title, action.title).toMatch(/^Treat '.+' as an outcome word in this workspace$/);
                    continue;
                }
                const result = TextDocument.applyEdits(document.textDocument, own);
                const fixed = await parse(result);
                // A fix never breaks the syntax (a file that did not parse gets no new syntax error).
                expect(syntaxErrors(fixed), `${action.title}\n${result}`).toBeLessThanOrEqual(syntaxErrors(document));
                const lost = missing(userText(text), userText(result));
                // Removing an unused suppression comment is the point of that fix.
                const expectedLoss = (diagnostic.data as { code: string }).code === 'unused-suppression' ? lost.filter(token => !/okr-(disable|enable)/.test(token)) : lost;
                expect(expectedLoss, action.title).toEqual([]);
                await clearDocuments(Okr, [fixed]);
            }
        }
    });
});
