/**
 * The files the runner reads after a step: $GITHUB_OUTPUT (step outputs, in the multi-line
 * form that no value can break out of) and $GITHUB_STEP_SUMMARY (Markdown). Written by hand
 * instead of with @actions/core: two appends do not need a dependency in the bundle.
 */
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { describeFsError } from 'okr-language';

/** Appends `name<<delimiter` … `delimiter` for each output; returns why it could not, if it could not. */
export function writeOutputs(file: string | undefined, outputs: Record<string, string>): string | undefined {
    if (!file) return undefined;
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${randomUUID()}`;
        text += `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
    }
    return append(file, text, 'the step outputs ($GITHUB_OUTPUT)');
}

export function writeSummary(file: string | undefined, markdown: string): string | undefined {
    return file ? append(file, markdown, 'the job summary ($GITHUB_STEP_SUMMARY)') : undefined;
}

function append(file: string, text: string, what: string): string | undefined {
    try {
        fs.appendFileSync(file, text, 'utf8');
        return undefined;
    } catch (error) {
        return `cannot write ${what} to ${file}: ${describeFsError(error)}.`;
    }
}
