/**
 * An unresolved reference gets a quick fix that creates what it names, of the kind the
 * reference expects, where such elements live: units, strategies and cycles with the others
 * at the top of the file, KPIs in the unit's `kpis` block, objectives (for `aligns`) in an
 * `okrs` block of the parent unit for the same cycle. The title is a placeholder from the ID.
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import {
    isCycleDecl, isKpiBlock, isOkrBlock, isStrategy, isUnit, OkrTerminals,
    type Element, type KeyResult, type Model, type Objective, type Unit,
} from '../../grammar/generated/ast.js';
import { cycleName } from '../../model/cycles.js';
import { formatDay } from '../../model/dates.js';
import { quickFix, type FixContext, type QuickFix } from './fix-context.js';
import { INDENT, quote, titleFromId } from './text-edits.js';

const ID = new RegExp(`^${OkrTerminals.ID.source}$`);

export const createDefinition: QuickFix = context => {
    const { node, leaf } = context;
    const name = leaf.text;
    const property = GrammarUtils.findAssignment(leaf)?.feature;
    if (!ID.test(name) || !property) return [];
    const title = quote(titleFromId(name));
    switch (property) {
        case 'parent': {
            // The parent of a team is usually a department; of a department, the company.
            const kind = (node as Unit).kind === 'team' ? 'department' : 'company';
            return [topLevel(context, `${kind} ${name} ${title}`, [isUnit], `Create ${kind} "${name}"`)];
        }
        case 'unit':
            return [topLevel(context, `team ${name} ${title}`, [isUnit], `Create team "${name}"`)];
        case 'custom': {
            const { from, to } = currentQuarter(context);
            return [topLevel(context, `cycle ${name} ${title} from ${from} to ${to}`, [isCycleDecl, isStrategy, isUnit], `Create cycle "${name}"`)];
        }
        case 'aligns': {
            const strategy = topLevel(context, `strategy ${name} ${title}`, [isStrategy, isUnit], `Create strategy "${name}"`);
            const parent = parentObjective(context, node as Objective, name, title);
            return parent ? [parent, { ...strategy, isPreferred: false }] : [strategy];
        }
        case 'guardrails':
        case 'moves': {
            const objective = property === 'moves' ? (node as KeyResult).$container : (node as Objective);
            return [kpi(context, objective, name, title)];
        }
        default:
            return [];
    }
};

/** After the last element of the first kind present (units, then strategies…), or at the top. */
function topLevel(context: FixContext, line: string, after: Array<(node: unknown) => boolean>, title: string): CodeAction {
    const { text } = context;
    const elements = (context.document.parseResult.value as Model).elements;
    for (const is of after) {
        const last = elements.filter(element => is(element)).at(-1)?.$cstNode;
        if (last) {
            const end = text.endsLine(last.end) ? text.lineEnd(last.end) : last.end;
            return quickFix(context, title, [text.edit(end, end, text.eol + line)]);
        }
    }
    const first = elements[0]?.$cstNode;
    const start = first ? text.lineStart(first.offset) : text.text.length;
    const separator = first ? text.eol + text.eol : text.eol;
    return quickFix(context, title, [text.edit(start, start, line + separator)]);
}

/** The quarter that contains today in the file's fiscal year, for a new custom cycle to start from. */
function currentQuarter(context: FixContext): { from: string; to: string } {
    const quarter = context.services.okr.WorkspaceModel.get().quarterOf(context.document);
    return { from: formatDay(quarter.start), to: formatDay(quarter.end) };
}

/** `kpi ID "Title" {}` in the objective's unit's `kpis` block, or in a new one before the `okrs` block. */
function kpi(context: FixContext, objective: Objective, name: string, title: string): CodeAction {
    const unit = objective.$container.unit?.$refText ?? '';
    const line = `kpi ${name} ${title} {}`;
    const block = blocksOf(context).filter(isKpiBlock).find(candidate => candidate.unit?.$refText === unit);
    const edit = (block && appendTo(context, block, line)) ?? newBlockBefore(context, objective.$container, `kpis ${unit}`, line);
    return quickFix(context, `Create KPI "${name}"${unit ? ` in ${unit}` : ''}`, [edit]);
}

/** `objective ID "Title" {}` for the same cycle in the parent unit, where `aligns` points. */
function parentObjective(context: FixContext, objective: Objective, name: string, title: string): CodeAction | undefined {
    const parent = objective.$container.unit?.ref?.parent?.$refText;
    const cycle = cycleName(objective.$container.cycle);
    if (!parent || !cycle) return undefined;
    const line = `objective ${name} ${title} {}`;
    const block = blocksOf(context).filter(isOkrBlock).find(candidate => candidate.unit?.$refText === parent && cycleName(candidate.cycle) === cycle);
    const edit = (block && appendTo(context, block, line)) ?? newBlockBefore(context, objective.$container, `okrs ${parent} ${cycle}`, line);
    return quickFix(context, `Create objective "${name}" in ${parent} ${cycle}`, [edit]);
}

function blocksOf(context: FixContext): Element[] {
    return (context.document.parseResult.value as Model).elements;
}

function appendTo(context: FixContext, block: AstNode, line: string): TextEdit | undefined {
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    return close && context.text.insertLineBefore(close.offset, context.text.indentAt(block.$cstNode!.offset), line);
}

function newBlockBefore(context: FixContext, before: AstNode, header: string, line: string): TextEdit {
    const { text } = context;
    const offset = before.$cstNode!.offset;
    // After other tokens on the same line (`} okrs …`), the new block starts a line of its own.
    const [start, lead] = text.startsLine(offset) ? [text.lineStart(offset), ''] : [offset, text.eol];
    return text.edit(start, start, lead + text.indentLines(`${header} {\n${INDENT}${line}\n}\n\n`, text.indentAt(offset)));
}
