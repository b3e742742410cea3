/**
 * In the editor, an edit in one file re-checks the other files whose diagnostics it changes:
 * through references (Langium re-links those) and through workspace-wide rules that tie files
 * together without a reference between them (same unit, same ID, a moved KPI, a loop).
 */
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createOkrServices } from 'okr-language';

/** A workspace as the language server holds it: open text documents, updated on each edit. */
class EditorWorkspace {
    readonly services = createOkrServices(EmptyFileSystem);
    private version = 1;

    constructor(today = '2026-11-10') {
        this.services.Okr.okr.Settings.setToday(today);
    }

    private uri = (name: string) => URI.parse(`memory:///ws/${name}`);

    private setText(name: string, text: string): void {
        const textDocuments = this.services.shared.workspace.TextDocuments as unknown as { set(d: TextDocument): void };
        textDocuments.set(TextDocument.create(this.uri(name).toString(), 'okr', this.version++, text));
    }

    async open(files: Record<string, string>): Promise<void> {
        const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = this.services.shared.workspace;
        const documents: LangiumDocument[] = Object.entries(files).map(([name, text]) => {
            this.setText(name, text);
            const document = LangiumDocumentFactory.fromString(text, this.uri(name));
            LangiumDocuments.addDocument(document);
            return document;
        });
        await DocumentBuilder.build(documents, { validation: true });
    }

    async edit(name: string, text: string): Promise<void> {
        this.setText(name, text);
        await this.services.shared.workspace.DocumentBuilder.update([this.uri(name)], []);
    }

    async remove(name: string): Promise<void> {
        await this.services.shared.workspace.DocumentBuilder.update([], [this.uri(name)]);
    }

    /** Every file's diagnostics as `file:line code message`, to compare two workspaces. */
    allDiagnostics(): string[] {
        return this.services.shared.workspace.LangiumDocuments.all.toArray().flatMap(document => (document.diagnostics ?? [])
            .map(d => `${document.uri.path}:${d.range.start.line + 1}:${d.range.start.character} ${d.code} ${d.message}`)).sort();
    }

    codes(name: string): string[] {
        return (this.services.shared.workspace.LangiumDocuments.getDocument(this.uri(name))?.diagnostics ?? []).map(d => String(d.code));
    }
}

const ORG = 'company acme "Acme" { lead "Dana" }\ndepartment product "Product" in acme { lead "Maria" }\nteam core "Core" in product { lead "Kim" }\n';

const objectives = (prefix: string, n: number) => `okrs core 2026-Q4 {\n${Array.from({ length: n }, (_, i) =>
    `  objective ${prefix}${i} "Goal ${prefix}${i}" { owner "Kim" aligns top kr "Raise ${prefix}${i}" { from 1 to 2 checkin 2026-11-09 = 1.5 } }`).join('\n')}\n}\n`;

const kpi = (id: string, reading = '12') => `  kpi ${id} "KPI ${id}" { owner "Kim" definition "d" cadence weekly expected 10..14 days reading 2026-11-02 = ${reading} }\n`;

const loopObjective = (unit: string, id: string, parent: string) =>
    `okrs ${unit} 2026-Q4 { objective ${id} "Goal ${id}" { owner "Kim" aligns ${parent} kr "Raise ${id}" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n`;

interface Scenario {
    files: Record<string, string>;
    /** The file edited, and its new text. */
    edit: [string, string];
    /** The other file, never edited, whose diagnostics must follow. */
    watch: string;
    code: string;
    /** Whether `watch` has `code` before the edit (and after undoing it). */
    before: boolean;
}

const scenarios: Record<string, Scenario> = {
    'too-many-objectives: another file adds objectives to the same unit and cycle': {
        files: { 'org.okr': ORG + 'okrs acme 2026-Q4 { objective top "Top" { owner "Dana" kr "Raise revenue" from 1 to 2 } }\n', 'a.okr': objectives('a', 3), 'b.okr': objectives('b', 2) },
        edit: ['b.okr', objectives('b', 3)], watch: 'a.okr', code: 'too-many-objectives', before: false,
    },
    'too-many-kpis: another file adds KPIs to the same unit': {
        files: { 'org.okr': ORG, 'a.okr': `kpis core {\n${['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map(id => kpi(id)).join('')}}\n`, 'b.okr': `kpis core {\n${kpi('b1')}${kpi('b2')}${kpi('b3')}${kpi('b4')}}\n` },
        edit: ['b.okr', `kpis core {\n${kpi('b1')}${kpi('b2')}${kpi('b3')}${kpi('b4')}${kpi('b5')}}\n`], watch: 'a.okr', code: 'too-many-kpis', before: false,
    },
    'duplicate-id: another file declares the same KPI ID': {
        files: { 'org.okr': ORG, 'a.okr': `kpis core {\n${kpi('csat')}}\n`, 'b.okr': `kpis core {\n${kpi('nps')}}\n` },
        edit: ['b.okr', `kpis core {\n${kpi('csat')}}\n`], watch: 'a.okr', code: 'duplicate-id', before: false,
    },
    'duplicate-id: renaming the other duplicate clears it': {
        files: { 'org.okr': ORG, 'a.okr': `kpis core {\n${kpi('csat')}}\n`, 'b.okr': `kpis core {\n${kpi('csat')}}\n` },
        edit: ['b.okr', `kpis core {\n${kpi('nps')}}\n`], watch: 'a.okr', code: 'duplicate-id', before: true,
    },
    'repeated-objective: the previous cycle, in another file, gets the same title': {
        files: {
            'org.okr': ORG,
            'q3.okr': 'okrs core 2026-Q3 { objective old "Make setup effortless" { owner "Kim" aligns growth kr "Cut setup time" from 9 to 5 } }\n',
            'q4.okr': 'okrs acme 2026-Q4 { objective growth "Grow" { owner "Dana" kr "Raise revenue" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n'
                + 'okrs core 2026-Q4 { objective again "Delight new accounts" { owner "Kim" aligns growth kr "Raise activation" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n',
        },
        edit: ['q3.okr', 'okrs core 2026-Q3 { objective old "Delight new accounts" { owner "Kim" aligns growth kr "Cut setup time" from 9 to 5 } }\n'],
        watch: 'q4.okr', code: 'repeated-objective', before: false,
    },
    'breached-kpi-without-okr: a key result in another file starts moving the KPI': {
        files: {
            'org.okr': ORG,
            'kpis.okr': `kpis core {\n${kpi('ttv', '16')}}\n`,
            'goals.okr': 'okrs acme 2026-Q4 { objective speed "Onboard faster" { owner "Dana" kr "Cut time to value" { from 16 to 9 days checkin 2026-11-09 = 15 } } }\n',
        },
        edit: ['goals.okr', 'okrs acme 2026-Q4 { objective speed "Onboard faster" { owner "Dana" kr "Cut time to value" { from 16 to 9 days moves ttv checkin 2026-11-09 = 15 } } }\n'],
        watch: 'kpis.okr', code: 'breached-kpi-without-okr', before: true,
    },
    'alignment-cycle: closing a loop of four files marks a file that does not refer to the edited one': {
        files: {
            'org.okr': ORG + 'team edge "Edge" in acme\n',
            'a.okr': loopObjective('acme', 'a', 'strategy_x') + 'strategy strategy_x "Win"\n',
            'b.okr': loopObjective('product', 'b', 'a'),
            'c.okr': loopObjective('core', 'c', 'b'),
            'd.okr': loopObjective('edge', 'd', 'c'),
        },
        edit: ['a.okr', loopObjective('acme', 'a', 'd') + 'strategy strategy_x "Win"\n'], watch: 'c.okr', code: 'alignment-cycle', before: false,
    },
    'alignment-direction: a unit moves under another parent in a file the objective does not refer to': {
        files: {
            'company.okr': 'company acme "Acme" { lead "Dana" }\ncompany other "Other Inc" { lead "Olga" }\nokrs acme 2026-Q4 { objective top "Top" { owner "Dana" kr "Raise revenue" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n',
            'department.okr': 'department product "Product" in acme\n',
            'team.okr': 'team core "Core" in product\n',
            'goals.okr': loopObjective('core', 'g', 'top'),
        },
        edit: ['department.okr', 'department product "Product" in other\n'], watch: 'goals.okr', code: 'alignment-direction', before: false,
    },
};

describe('cross-file re-checking in the editor', () => {
    it.each(Object.entries(scenarios))('%s', async (_, { files, edit: [edited, newText], watch, code, before }) => {
        const workspace = new EditorWorkspace();
        await workspace.open(files);
        expect(workspace.codes(watch).includes(code), 'before the edit').toBe(before);
        await workspace.edit(edited, newText);
        expect(workspace.codes(watch).includes(code), 'after the edit').toBe(!before);
        await workspace.edit(edited, files[edited]);
        expect(workspace.codes(watch).includes(code), 'after undoing the edit').toBe(before);
    });

    it('a new file and a deleted file re-check the files they counted with', async () => {
        const workspace = new EditorWorkspace();
        await workspace.open({ 'org.okr': ORG + 'okrs acme 2026-Q4 { objective top "Top" { owner "Dana" kr "Raise revenue" from 1 to 2 } }\n', 'a.okr': objectives('a', 5) });
        expect(workspace.codes('a.okr')).not.toContain('too-many-objectives');
        await workspace.edit('new.okr', objectives('n', 1));
        expect(workspace.codes('a.okr')).toContain('too-many-objectives');
        await workspace.remove('new.okr');
        expect(workspace.codes('a.okr')).not.toContain('too-many-objectives');
    });

    it('an edit that changes no shared name re-checks only the edited file and the files referring to it', async () => {
        const workspace = new EditorWorkspace();
        const files: Record<string, string> = { 'org.okr': ORG + 'okrs acme 2026-Q4 { objective top "Top" { owner "Dana" kr "Raise revenue" from 1 to 2 } }\n' };
        for (let i = 0; i < 20; i++) files[`t${i}.okr`] = `team t${i} "Team ${i}" in product\n` + objectives(`o${i}_`, 2).replace('okrs core', `okrs t${i}`);
        await workspace.open(files);
        const validated: string[] = [];
        workspace.services.shared.workspace.DocumentBuilder.onDocumentPhase(6 /* Validated */, document => { validated.push(document.uri.path); });
        await workspace.edit('t3.okr', files['t3.okr'].replace('"Goal o3_0"', '"A better title"'));
        expect(validated).toEqual(['/ws/t3.okr']);
    });

    it('after any sequence of edits, every file has the diagnostics a fresh check of the final texts gives', async () => {
        // Each file takes turns among variants that switch cross-file rules on and off.
        const variants: Record<string, string[]> = {
            'org.okr': [
                ORG + 'team edge "Edge" in acme\nstrategy win "Win"\n',
                ORG.replace('team core "Core" in product', 'team core "Core" in acme') + 'team edge "Edge" in core\nstrategy win "Win"\n',
                ORG.replace('in acme {', 'in other {') + 'company other "Other"\nteam edge "Edge" in acme\nstrategy win "Win"\n',
            ],
            'kpis.okr': [`kpis core {\n${kpi('ttv', '16')}${kpi('csat')}}\n`, `kpis core {\n${kpi('ttv')}}\n`, `kpis core {\n${['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7'].map(id => kpi(id)).join('')}}\n`],
            'more-kpis.okr': [`kpis core {\n${kpi('m1')}${kpi('m2')}${kpi('m3')}${kpi('m4')}}\n`, `kpis edge {\n${kpi('ttv')}}\n`, ''],
            'q3.okr': [
                'okrs core 2026-Q3 { objective old "Delight new accounts" { owner "Kim" aligns top kr "Raise a" from 1 to 2 } }\n',
                'okrs core 2026-Q3 { objective old "Something else" { owner "Kim" aligns top kr "Raise a" from 1 to 2 } }\n',
                'okrs edge 2026-Q3 { objective old "Delight new accounts" { owner "Kim" aligns top kr "Raise a" from 1 to 2 } }\n',
            ],
            'a.okr': [objectives('a', 3), objectives('a', 2).replace('Goal a0', 'Delight new accounts'), objectives('a', 3).replace('aligns top', 'aligns c_top')],
            'b.okr': [objectives('b', 3), objectives('b', 2).replace('checkin', 'moves ttv checkin'), objectives('b', 2).replace('b1', 'a1')],
            'c.okr': [
                'okrs acme 2026-Q4 { objective top "Top" { owner "Dana" aligns win kr "Raise revenue" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n',
                'okrs acme 2026-Q4 { objective top "Top" { owner "Dana" aligns win kr "Raise revenue" { from 1 to 2 checkin 2026-11-09 = 1.5 } }\n  objective c_top "Loop" { owner "Dana" aligns a0 kr "Raise margin" { from 1 to 2 checkin 2026-11-09 = 1.5 } } }\n',
                'okrs edge 2026-Q4 { objective top "Top" { owner "Dana" aligns b0 kr "Raise revenue" from 1 to 2 } }\n',
            ],
        };
        const current = Object.fromEntries(Object.entries(variants).map(([name, texts]) => [name, texts[0]]));
        const editor = new EditorWorkspace();
        await editor.open(current);
        let seed = 20261110;
        const random = (n: number) => {
            seed = (seed * 1103515245 + 12345) % 2 ** 31;
            return seed % n;
        };
        const names = Object.keys(variants);
        for (let step = 0; step < 30; step++) {
            const name = names[random(names.length)];
            current[name] = variants[name][random(variants[name].length)];
            await editor.edit(name, current[name]);
            const fresh = new EditorWorkspace();
            await fresh.open(current);
            expect(editor.allDiagnostics(), `after step ${step}, editing ${name}`).toEqual(fresh.allDiagnostics());
        }
    });
});
