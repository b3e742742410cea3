/**
 * `okr score`'s rows: every objective of the given files as the same objective nodes the
 * preview draws, flat, oldest cycle first, then company, department and team objectives (file
 * order within them), optionally of one cycle only.
 */
import type { LangiumDocument } from 'langium';
import type { Model } from '../grammar/generated/ast.js';
import { isOkrBlock } from '../grammar/generated/ast.js';
import { cycleName } from '../model/cycles.js';
import type { WorkspaceModel } from '../workspace/workspace-model.js';
import { objectiveNode, type ObjectiveNode } from './objective-node.js';

export interface ScoreRows {
    rows: ObjectiveNode[];
    /** Every cycle the files name, so a missing `--cycle` can list them. */
    cycles: string[];
}

export function scoreRows(model: WorkspaceModel, documents: Iterable<LangiumDocument>, cycle?: string): ScoreRows {
    const rows: ObjectiveNode[] = [];
    const cycles = new Set<string>();
    for (const document of documents) {
        for (const block of (document.parseResult.value as Model).elements?.filter(isOkrBlock) ?? []) {
            const name = cycleName(block.cycle);
            cycles.add(name);
            if (cycle === undefined || name === cycle) rows.push(...block.objectives.map(objective => objectiveNode(objective, model)));
        }
    }
    // A stable sort keeps file order within a cycle and level.
    rows.sort((a, b) => (a.cycleStart ?? Number.MAX_SAFE_INTEGER) - (b.cycleStart ?? Number.MAX_SAFE_INTEGER) || a.unitLevel - b.unitLevel);
    return { rows, cycles: [...cycles].sort() };
}
