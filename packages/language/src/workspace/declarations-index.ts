/**
 * The declarations index: what every file declares — named elements, `okrs` and `kpis`
 * blocks, key results that move a KPI — read from its text alone, with the workspace-wide
 * tallies over them (IDs per kind, objectives per unit and cycle, KPIs per unit). Kept up to date file by file: after an edit
 * only the re-parsed files are read again, so a 1,000-file workspace stays fast.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { KeyResult, KpiBlock, Model, OkrBlock } from '../grammar/generated/ast.js';
import { isKpiBlock, isOkrBlock } from '../grammar/generated/ast.js';
import { cycleName } from '../model/cycles.js';

export type Named = AstNode & { name: string };

export interface FileEntries {
    named: Named[];
    okrBlocks: OkrBlock[];
    kpiBlocks: KpiBlock[];
    /** Key results with `moves KPI`. */
    movers: KeyResult[];
}

export const tallyKey = (...parts: string[]) => parts.join('\u0000');
export const unitOfBlock = (block: OkrBlock | KpiBlock) => block.unit?.$refText ?? '';

export class DeclarationsIndex {
    /** Named elements by `tallyKey(type, name)`. */
    readonly ids = new Map<string, Named[]>();
    /** Objectives by `tallyKey(unit, cycle name)`. */
    readonly objectiveCounts = new Map<string, number>();
    readonly kpiCounts = new Map<string, number>();
    readonly okrBlocksByUnit = new Map<string, OkrBlock[]>();
    readonly movers = new Set<KeyResult>();

    private readonly files = new Map<string, { model: Model; entries: FileEntries }>();
    private readonly cache = new WeakMap<Model, FileEntries>();

    /** Re-reads the files whose parse changed since the last call and forgets removed ones. */
    sync(documents: Iterable<LangiumDocument>): void {
        const present = new Set<string>();
        for (const document of documents) {
            const uri = document.uri.toString();
            const model = document.parseResult.value as Model;
            present.add(uri);
            const known = this.files.get(uri);
            if (known?.model === model) continue;
            if (known) this.tally(known.entries, -1);
            const entries = this.entriesOf(document);
            this.files.set(uri, { model, entries });
            this.tally(entries, +1);
        }
        for (const [uri, known] of this.files) {
            if (present.has(uri)) continue;
            this.tally(known.entries, -1);
            this.files.delete(uri);
        }
    }

    /** What a file declares, cached per parse. */
    entriesOf(document: LangiumDocument): FileEntries {
        const model = document.parseResult.value as Model;
        let entries = this.cache.get(model);
        if (!entries) {
            entries = readEntries(model);
            this.cache.set(model, entries);
        }
        return entries;
    }

    private tally(entries: FileEntries, sign: 1 | -1): void {
        const ids = entries.named.map(node => [tallyKey(node.$type, node.name), node] as [string, Named]);
        const blocks = entries.okrBlocks.map(block => [unitOfBlock(block), block] as [string, OkrBlock]);
        if (sign > 0) {
            appendAll(this.ids, ids);
            appendAll(this.okrBlocksByUnit, blocks);
        } else {
            removeAll(this.ids, ids);
            removeAll(this.okrBlocksByUnit, blocks);
        }
        for (const block of entries.okrBlocks) add(this.objectiveCounts, tallyKey(unitOfBlock(block), cycleName(block.cycle)), sign * block.objectives.length);
        for (const block of entries.kpiBlocks) add(this.kpiCounts, unitOfBlock(block), sign * block.kpis.length);
        for (const kr of entries.movers) {
            if (sign > 0) this.movers.add(kr);
            else this.movers.delete(kr);
        }
    }
}

function readEntries(model: Model): FileEntries {
    const entries: FileEntries = { named: [], okrBlocks: [], kpiBlocks: [], movers: [] };
    const addNamed = (node: AstNode & { name?: string }) => {
        if (node.name) entries.named.push(node as Named);
    };
    for (const element of Array.isArray(model.elements) ? model.elements : []) {
        if (isOkrBlock(element)) {
            entries.okrBlocks.push(element);
            for (const objective of element.objectives) {
                addNamed(objective);
                objective.keyResults.forEach(addNamed);
                entries.movers.push(...objective.keyResults.filter(kr => kr.moves));
            }
        } else if (isKpiBlock(element)) {
            entries.kpiBlocks.push(element);
            element.kpis.forEach(addNamed);
        } else {
            addNamed(element);
        }
    }
    return entries;
}

function appendAll<V>(map: Map<string, V[]>, pairs: Array<[string, V]>): void {
    for (const [key, value] of pairs) {
        const list = map.get(key);
        if (list) list.push(value);
        else map.set(key, [value]);
    }
}

/** A file's values leave each list in one pass: a file may hold thousands of copies of one ID. */
function removeAll<V>(map: Map<string, V[]>, pairs: Array<[string, V]>): void {
    const gone = new Map<string, Set<V>>();
    for (const [key, value] of pairs) {
        let values = gone.get(key);
        if (!values) gone.set(key, values = new Set());
        values.add(value);
    }
    for (const [key, values] of gone) {
        const rest = map.get(key)?.filter(item => !values.has(item)) ?? [];
        if (rest.length > 0) map.set(key, rest);
        else map.delete(key);
    }
}

function add(map: Map<string, number>, key: string, amount: number): void {
    const total = (map.get(key) ?? 0) + amount;
    if (total !== 0) map.set(key, total);
    else map.delete(key);
}
