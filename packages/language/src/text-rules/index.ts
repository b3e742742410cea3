/**
 * Judging the English text of titles: is a key result an activity (task, deliverable,
 * effort) instead of an outcome; is an objective about keeping a level (a KPI in disguise)?
 * Placeholder interface — see text-rules/README in the issue; the real classifiers replace these.
 */
export interface TextVerdict {
    /** The words in the title that gave it away, as written. */
    triggers: string[];
    /** Why those words mean this, in a short clause for the message. */
    explanation: string;
}

/** A verdict when a key result's title describes an activity or output, undefined for an outcome. */
export function judgeKeyResultTitle(title: string): TextVerdict | undefined {
    const match = /^\s*(launch|ship|publish|write|create|build|hold|run)\b/i.exec(title);
    return match ? { triggers: [match[1]], explanation: 'it starts with a task verb' } : undefined;
}

/** A verdict when an objective's title describes keeping a level, undefined otherwise. */
export function judgeObjectiveTitle(title: string): TextVerdict | undefined {
    const match = /\b(maintain|keep|stay above|stay below|sustain)\b/i.exec(title);
    return match ? { triggers: [match[1]], explanation: 'it describes holding a level' } : undefined;
}
