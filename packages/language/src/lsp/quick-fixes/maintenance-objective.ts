/**
 * "Maintain NPS above 40" is a KPI with an objective label: the objective moves into a `kpis`
 * block of the same unit as a KPI with the same ID, title, owner and comments, and an
 * `expected` range read from the title when it states one ("above 40" → `>= 40`).
 * Offered only when nothing would be lost: no KRs or initiatives, and nothing aligns to it.
 */
import { AstUtils, GrammarUtils, isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';
import { isKpiBlock, isObjective, type KpiBlock, type Objective } from '../../grammar/generated/ast.js';
import { quickFix, type FixContext, type QuickFix } from './fix-context.js';
import { INDENT } from './text-edits.js';
import { boundedTitle } from '../../text-rules/words.js';

// (A magnitude letter is one only when no letter follows: "300ms" is 300 milliseconds, not 300 million.)
const NUMBER = String.raw`(-?[$€£¥]?\d+(?:\.\d+)?(?:%|[kKMB](?![a-z]))?)(\s*percent\b)?`;
/** A unit right after the number, kept as the KPI's unit: "500ms", "3 working days". */
const UNIT = String.raw`(?:[\s-]*((?:working|business|calendar)[- ]days?|ms|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b)?`;
const BETWEEN = new RegExp(String.raw`\bbetween\s+${NUMBER}\s+and\s+${NUMBER}`, 'i');
const AT_LEAST = new RegExp(String.raw`(?:\b(?:above|over|at least|more than|greater than|no less than|exceeding)\s+|>=?\s*|≥\s*)${NUMBER}${UNIT}`, 'i');
const AT_MOST = new RegExp(String.raw`(?:\b(?:below|under|at most|less than|no more than|not more than|within|in under|(?:a\s+)?maximum(?:\s+of)?(?:\s+an?)?|(?:more|longer) than)\s+|<=?\s*|≤\s*)${NUMBER}${UNIT}`, 'i');
/** "Answer in 30 seconds", "a maximum 4-hour wait": a time limit written without a comparison word, its unit required. */
const IN_TIME = /\b(?:in|maximum)\s+(\d+(?:\.\d+)?)[\s-]*(seconds?|minutes?|hours?|days?|weeks?)\b/i;
/** "99.5% of jobs …", "98 percent of calls …": a share held is its floor. */
const LEADING_SHARE = new RegExp(String.raw`^\s*${NUMBER}(?=\s*(?:of\b|success|uptime|availability|monthly|compliance))`, 'i');
const SHARE_OF = new RegExp(String.raw`\b(\d+(?:\.\d+)?%)(?=\s+(?:of|success|uptime|availability))`, 'i');
/** "Zero lost-time injuries", "no data loss": a ceiling of nothing. */
const ZERO = /^\s*(?:zero|no)\b|\b(?:achieve|keep|maintain|hold|at)\s+zero\b/i;

const bound = (digits: string, percent?: string) => (percent && !digits.endsWith('%') ? `${digits}%` : digits);
/** A unit word as a KPI unit (an ID): "3 working days" → `working-days`, "500ms" → `ms`. */
const unitOf = (unit?: string) => (unit ? ` ${unit.toLowerCase().replace(/\s+/g, '-')}` : '');

/**
 * The expected range a steady-state title states, if it states one: a range ("between 2 and 4"), a
 * floor ("above 40", "at least 99.9%", "≥ 95%", "99.5% of jobs …"), a ceiling ("below 2%",
 * "within 3 working days", "≤ 300ms", "no more than 5", "a maximum of 6 weeks", "in 30 seconds") or nothing
 * at all ("zero incidents" → `<= 0`).
 */
export function rangeFromTitle(title: string): string | undefined {
    const text = boundedTitle(title);
    const between = BETWEEN.exec(text);
    if (between) return `${bound(between[1], between[2])}..${bound(between[3], between[4])}`;
    const atLeast = AT_LEAST.exec(text);
    if (atLeast) return `>= ${bound(atLeast[1], atLeast[2])}${unitOf(atLeast[3])}`;
    const atMost = AT_MOST.exec(text);
    if (atMost) return `<= ${bound(atMost[1], atMost[2])}${unitOf(atMost[3])}`;
    const inTime = IN_TIME.exec(text);
    if (inTime) return `<= ${inTime[1]}${unitOf(inTime[2])}`;
    const share = LEADING_SHARE.exec(text) ?? SHARE_OF.exec(text);
    if (share) return `>= ${bound(share[1], share[2])}`;
    return ZERO.test(text) ? '<= 0' : undefined;
}

export const objectiveToKpi: QuickFix = context => {
    const objective = AstUtils.getContainerOfType(context.node, isObjective);
    const cst = objective?.$cstNode;
    const unit = objective?.$container.unit?.$refText;
    if (!objective || !cst || !unit || objective.keyResults.length > 0 || objective.initiatives.length > 0) return [];
    if (context.services.references.References.findReferences(objective, { includeDeclaration: false }).head()) return [];
    const { text } = context;
    const span = text.span(cst.offset, cst.end);
    const kpi = text.dedent(rewrite(context, objective, span.from, span.to), span.indent);
    const target = AstUtils.streamAst(context.document.parseResult.value).filter(isKpiBlock).find(block => block.unit?.$refText === unit);
    const insertion = target ? appendToBlock(context, target, kpi) : newBlockBefore(context, objective, unit, kpi);
    // A `kpis` block left open by a syntax error has no place to insert into.
    if (!insertion) return [];
    return [quickFix(context, `Turn this objective into a KPI of ${unit}`, [insertion, span.removal])];
};

/** The objective's source in KPI syntax; everything else (comments, owner, layout) stays as written. */
function rewrite({ text }: FixContext, objective: Objective, base: number, end: number): string {
    const cst = objective.$cstNode!;
    const source = text.text.slice(base, end);
    const replacements: Array<{ start: number; end: number; text: string }> = [];
    const commitment = GrammarUtils.findNodeForProperty(cst, 'commitment');
    const keyword = GrammarUtils.findNodeForKeyword(cst, 'objective')!;
    if (commitment) replacements.push({ start: commitment.offset, end: keyword.offset, text: '' });
    replacements.push({ start: keyword.offset, end: keyword.end, text: 'kpi' });
    // KPIs neither align nor have guardrails: those clauses stay visible as a comment.
    for (const clause of clauses(cst)) {
        const clauseText = source.slice(clause.start - base, clause.end - base).replace(/\s+/g, ' ');
        replacements.push({ ...clause, text: `/* ${clauseText} */` });
    }
    const range = rangeFromTitle(objective.title);
    const close = GrammarUtils.findNodeForKeyword(cst, '}');
    if (range && close) {
        // `expected …` becomes the body's last line (or joins a one-line body).
        const expected = `expected ${range}`;
        replacements.push(text.startsLine(close.offset)
            ? { start: text.lineStart(close.offset), end: text.lineStart(close.offset), text: `${text.indentAt(close.offset)}${INDENT}${expected}${text.eol}` }
            : { start: close.offset, end: close.offset, text: `${expected} ` });
    }
    let result = source;
    for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start - base) + text + result.slice(end - base);
    }
    return result;
}

/** `aligns a, b` and `guardrails c` clauses: the keyword, its references and commas. */
function clauses(cst: CstNode): Array<{ start: number; end: number }> {
    const result: Array<{ start: number; end: number }> = [];
    const children = isCompositeCstNode(cst) ? cst.content : [];
    children.forEach((child, index) => {
        if (!isLeafCstNode(child) || (child.text !== 'aligns' && child.text !== 'guardrails')) return;
        let last = child;
        for (const next of children.slice(index + 1)) {
            const feature = GrammarUtils.findAssignment(next)?.feature;
            if (!isLeafCstNode(next) || (next.text !== ',' && feature !== child.text)) break;
            last = next;
        }
        result.push({ start: child.offset, end: last.end });
    });
    return result;
}

function appendToBlock(context: FixContext, block: KpiBlock, kpiText: string) {
    const close = GrammarUtils.findNodeForKeyword(block.$cstNode, '}');
    return close && context.text.insertLineBefore(close.offset, context.text.indentAt(block.$cstNode!.offset), kpiText);
}

/** A new `kpis` block right before the `okrs` block (KPIs come first, as in the language reference). */
function newBlockBefore(context: FixContext, objective: Objective, unit: string, kpiText: string) {
    const { text } = context;
    const okrs = objective.$container.$cstNode!;
    // After other tokens on the same line (`} okrs …`), the new block starts a line of its own.
    const [start, lead] = text.startsLine(okrs.offset) ? [text.lineStart(okrs.offset), ''] : [okrs.offset, text.eol];
    const body = kpiText.split('\n').map(line => (line ? INDENT + line : line)).join('\n');
    return text.edit(start, start, lead + text.indentLines(`kpis ${unit} {\n${body}\n}\n\n`, text.indentAt(okrs.offset)));
}
