/**
 * The checks that judge the English of a title alone (a measure does not turn "Publish 12 blog
 * posts" into an outcome). The classifiers live in text-rules/; the message names the words
 * that gave the title away, so the verdict can be understood and argued with.
 */
import type { KeyResult, Objective } from '../grammar/generated/ast.js';
import { DiagnosticCode } from '../config/catalog.js';
import { remembered } from '../model/memo.js';
import { judgeKeyResultTitle, judgeObjectiveTitle, MAX_CHARS } from '../text-rules/index.js';
import { boundedTitle } from '../text-rules/words.js';
import { matchVocabulary } from '../config/vocabulary.js';
import type { Check } from './check-context.js';
import { keyResultLabel } from './report-target.js';

const quoted = (words: string[]) => words.map(word => `"${word}"`).join(', ');

/** A long title is judged on its beginning only; the message says so, so that the limit is never silent. */
const judgedPart = (title: string) => (title.length > MAX_CHARS ? ` (judged on its first ${MAX_CHARS} characters: the point of a title belongs up front)` : '');

// Each keystroke re-checks the whole file: a title that did not change keeps its verdict. The verdict
// depends on the bounded title only, so that is the key (a 1 MB title is remembered as 400 characters).
const judgeKeyResult = remembered(judgeKeyResultTitle);
const judgeObjective = remembered(judgeObjectiveTitle);

export const keyResultIsOutcome: Check<KeyResult> = (kr, { report, config }) => {
    // The workspace vocabulary (okr.config.json) overrides the rules: an outcome word silences, an activity word flags.
    const taught = matchVocabulary(kr.title ?? '', config.vocabulary);
    if (taught?.kind === 'outcome') return;
    const verdict = taught
        ? { triggers: [taught.text], explanation: `this workspace's vocabulary (okr.config.json) lists "${taught.entry}" as an activity word` }
        : judgeKeyResult(boundedTitle(kr.title ?? ''));
    if (verdict) {
        report(DiagnosticCode.ActivityKeyResult, `${keyResultLabel(kr)} describes an activity, not an outcome (${quoted(verdict.triggers)}: ${verdict.explanation})${judgedPart(kr.title ?? '')}. State the change it should cause (a rate, time, %, revenue…) and move the work into an \`initiative\`.`, { node: kr, property: 'title' });
    }
};

export const objectiveIsNotMaintenance: Check<Objective> = (objective, { report }) => {
    const verdict = judgeObjective(boundedTitle(objective.title ?? ''));
    if (verdict) {
        const part = verdict.part ? `"${verdict.part}"` : quoted(verdict.triggers);
        report(DiagnosticCode.MaintenanceObjective, `Objective "${objective.name}" describes keeping a level (${part} reads as "keep a level": ${verdict.explanation})${judgedPart(objective.title ?? '')}. That is a KPI's job: track it as a KPI with an expected range, and write an objective only to change it.`, { node: objective, property: 'title' });
    }
};
