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
    /** Named elements by `tallyKey(type, name)`, in the order of their files' URIs (see insertAll). */
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
            this.tally(entries, +1, uri);
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

    private tally(entries: FileEntries, sign: 1 | -1, uri = ''): void {
        const ids = entries.named.map(node => [tallyKey(node.$type, node.name), node] as [string, Named]);
        const blocks = entries.okrBlocks.map(block => [unitOfBlock(block), block] as [string, OkrBlock]);
        if (sign > 0) {
            insertAll(this.ids, ids, uri);
            insertAll(this.okrBlocksByUnit, blocks, uri);
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

/** The file of each value in the lists. */
const fileOf = new WeakMap<AstNode, string>();

/**
 * Adds one file's values to each list where its URI sorts, in the file's own order: the lists
 * (and the places a duplicate-ID message names first) are then the same whatever order the
 * files were read or edited in, so an edited workspace says what a fresh build of it says.
 */
function insertAll<V extends AstNode>(map: Map<string, V[]>, pairs: Array<[string, V]>, uri: string): void {
    const added = new Map<string, V[]>();
    for (const [key, value] of pairs) {
        fileOf.set(value, uri);
        const values = added.get(key);
        if (values) values.push(value);
        else added.set(key, [value]);
    }
    for (const [key, values] of added) {
        const list = map.get(key);
        if (!list) {
            map.set(key, values);
            continue;
        }
        // Each file's values are contiguous: binary search for the first of a later file.
        let low = 0;
        let high = list.length;
        while (low < high) {
            const middle = (low + high) >>> 1;
            if ((fileOf.get(list[middle]) ?? '') <= uri) low = middle + 1;
            else high = middle;
        }
        // (push's arguments are limited in number; a file may hold tens of thousands of one ID.)
        if (low === list.length && values.length < 10_000) list.push(...values);
        else map.set(key, [...list.slice(0, low), ...values, ...list.slice(low)]);
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
