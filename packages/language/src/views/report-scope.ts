/**
 * What a status report can cover: the units of the files in cascade order (each unit, then the
 * units in it, depth first), and their cycles by start date, with the default cycles of a
 * weekly review — those running today.
 */
import type { LangiumDocument } from 'langium';
import type { Model, OkrBlock, Unit } from '../grammar/generated/ast.js';
import { isKpiBlock, isOkrBlock, isUnit } from '../grammar/generated/ast.js';
import { contains, cycleName, type Cycle } from '../model/cycles.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';

export interface UnitInfo { id: string; name: string; kind: string; parent?: string }

export interface ReportScope {
    /** Units in cascade order: those declared in the files, those their blocks name, and the units above them. */
    units: UnitInfo[];
    /** Every cycle the files' `okrs` blocks name, by start date. */
    cycles: string[];
    /** The cycles running today; else the latest one that has started; else the first. */
    defaultCycles: string[];
}

export function reportScope(model: WorkspaceModel, documents: LangiumDocument[]): ReportScope {
    const declared: Unit[] = [];
    const named = new Map<string, Unit | undefined>();
    const cycles = new Map<string, Cycle | undefined>();
    for (const document of documents) {
        for (const element of (document.parseResult.value as Model).elements ?? []) {
            if (isUnit(element)) declared.push(element);
            if (isOkrBlock(element) || isKpiBlock(element)) {
                const id = element.unit?.ref?.name ?? element.unit?.$refText;
                if (id && !named.get(id)) named.set(id, element.unit?.ref);
            }
            if (isOkrBlock(element)) addCycle(cycles, model, element);
        }
    }
    const byStart = [...cycles.keys()].sort((a, b) => (cycles.get(a)?.start ?? 0) - (cycles.get(b)?.start ?? 0) || a.localeCompare(b));
    const running = byStart.filter(name => { const cycle = cycles.get(name); return cycle && contains(cycle, model.today); });
    const started = byStart.filter(name => (cycles.get(name)?.start ?? Infinity) <= model.today).at(-1);
    return {
        units: cascadeOrder(declared, named),
        cycles: byStart,
        defaultCycles: running.length ? running : started ? [started] : byStart.slice(0, 1),
    };
}

function addCycle(cycles: Map<string, Cycle | undefined>, model: WorkspaceModel, block: OkrBlock): void {
    const name = cycleName(block.cycle);
    if (name && !cycles.has(name)) cycles.set(name, model.cycleOf(block));
}

/** Depth first from the top units; a unit whose parent is not known (or that sits on a loop of `in`) starts its own branch. */
function cascadeOrder(declared: Unit[], named: Map<string, Unit | undefined>): UnitInfo[] {
    const units = new Map<string, UnitInfo>();
    const add = (unit: Unit) => {
        // The units above are part of the cascade too; a loop of `in` stops where it closes.
        for (let at: Unit | undefined = unit; at && !units.has(at.name); at = at.parent?.ref) {
            units.set(at.name, { id: at.name, name: at.title, kind: at.kind, parent: at.parent?.ref?.name });
        }
    };
    declared.forEach(add);
    for (const [id, unit] of named) {
        if (unit) add(unit);
        else if (!units.has(id)) units.set(id, { id, name: id, kind: 'unknown' });
    }
    const children = new Map<string, UnitInfo[]>();
    for (const unit of units.values()) {
        if (unit.parent && units.has(unit.parent)) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit]);
    }
    const ordered: UnitInfo[] = [];
    const seen = new Set<string>();
    const visit = (unit: UnitInfo) => {
        if (seen.has(unit.id)) return;
        seen.add(unit.id);
        ordered.push(unit);
        (children.get(unit.id) ?? []).forEach(visit);
    };
    [...units.values()].filter(unit => !unit.parent || !units.has(unit.parent)).forEach(visit);
    [...units.values()].forEach(visit); // units on a loop of `in`
    return ordered;
}

/** The unit and every unit below it. */
export function unitAndBelow(units: UnitInfo[], id: string): Set<string> {
    const below = new Set([id]);
    for (let grew = true; grew;) {
        grew = false;
        for (const unit of units) {
            if (unit.parent && below.has(unit.parent) && !below.has(unit.id)) {
                below.add(unit.id);
                grew = true;
            }
        }
    }
    return below;
}
