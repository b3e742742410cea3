/**
 * The GitHub Action (action.yml at the repository root runs the committed bundle of this
 * file, action/dist/index.cjs). It runs the same check as `okr check` (check-pipeline.ts) in
 * $GITHUB_WORKSPACE and then writes what GitHub shows: annotations within GitHub's caps, a
 * job summary, the outputs `errors` and `warnings`, and on request a SARIF file and, on a pull
 * request, `okr diff` of its goals in the job summary (pull-request-diff.ts). The step fails
 * exactly when `okr check` would exit 1; a usage or I/O error exits 2 with one line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { visible, writeFileSafely } from 'okr-language';
import pc from 'picocolors';
import pkg from '../../package.json' with { type: 'json' };
import { runCheck, type CheckOutcome } from '../check-pipeline.js';
import { markdownText } from '../render/markdown-text.js';
import { markdownSummary } from '../reporters/markdown.js';
import { escapeData } from '../reporters/github.js';
import { sarif } from '../reporters/sarif.js';
import { stylish } from '../reporters/stylish.js';
import { ExitCode, UsageError } from '../usage-error.js';
import { hiddenNote, pickAnnotations } from './annotations.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { pullRequestDiff } from './pull-request-diff.js';
import { writeOutputs, writeSummary } from './runner-files.js';

const colors = pc.createColors(false);
const print = (text: string) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const errorLine = (message: string) => `::error title=okr::${escapeData(`okr: ${message}`)}\n`;

async function main(env: NodeJS.ProcessEnv): Promise<number> {
    const cwd = env.GITHUB_WORKSPACE || process.cwd();
    let outcome: CheckOutcome;
    let inputs: ActionInputs;
    try {
        inputs = readInputs(env);
        outcome = await runCheck(inputs.paths, { today: inputs.today, config: inputs.config, maxWarnings: inputs.maxWarnings, objectives: true }, cwd);
    } catch (error) {
        const message = error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`;
        const summaryProblem = writeSummary(env.GITHUB_STEP_SUMMARY, `## okr check\n\n❌ okr could not run: ${markdownText(message, 2000)}\n`);
        print(errorLine(message.replace(/\s*\n\s*/g, ' ')));
        if (summaryProblem) print(errorLine(summaryProblem));
        return ExitCode.Usage;
    }
    const { report } = outcome;
    const context = { cwd, colors, version: pkg.version };
    let exitCode: number = outcome.exitCode;
    const own = [...outcome.messages.map(message => message.replace(/^okr: /, ''))];

    if (inputs.sarifFile) {
        const problem = writeAtomically(path.resolve(cwd, inputs.sarifFile), sarif(report, context));
        if (problem) {
            own.push(`cannot write the SARIF file ${inputs.sarifFile}: ${problem}.`);
            exitCode = ExitCode.Usage;
        }
    }
    const outputsProblem = writeOutputs(env.GITHUB_OUTPUT, { errors: String(report.summary.errors), warnings: String(report.summary.warnings) });
    if (outputsProblem) own.push(outputsProblem);

    const logLines: string[] = [];
    let diffSummary = '';
    try {
        const diff = await pullRequestDiff(inputs, env, diffFolder(inputs, cwd));
        if (diff && 'skipped' in diff) logLines.push(diff.skipped);
        if (diff && 'markdown' in diff) {
            diffSummary = `\n${diff.markdown}\n`;
            logLines.push(`okr diff: ${diff.flags} flagged change${diff.flags === 1 ? '' : 's'} (see the job summary).`, ...diff.messages);
        }
    } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        own.push(`cannot diff the goals: ${error.message}`);
        diffSummary = `\n## okr diff\n\n❌ okr diff could not run: ${markdownText(error.message, 2000)}\n`;
        exitCode = ExitCode.Usage;
    }

    // The action's own errors count against GitHub's caps too.
    let pick = pickAnnotations(report, cwd, { error: own.length });
    const note = hiddenNote(pick);
    const summary = markdownSummary({ ...report, notes: note ? [note] : [] }, { cwd }) + '\n' + diffSummary;
    const summaryProblem = writeSummary(env.GITHUB_STEP_SUMMARY, summary);
    if (summaryProblem) {
        own.push(summaryProblem);
        pick = pickAnnotations(report, cwd, { error: own.length });
    }

    for (const message of own) print(errorLine(message));
    for (const line of pick.lines) print(line);
    if (note) print(note);
    for (const line of logLines) print(visible(line));
    printListing(stylish(report, context));
    return exitCode;
}

/** Every problem in the log, inside stop-commands so that no file name or title runs as a workflow command. */
function printListing(listing: string): void {
    if (!listing) return;
    const token = `okr-${randomUUID()}`;
    print('::group::okr check: every problem');
    print(`::stop-commands::${token}`);
    print(listing);
    print(`::${token}::`);
    print('::endgroup::');
}

/** The diff compares the workspace of the one folder `paths` names, else of the repository's checkout. */
function diffFolder(inputs: ActionInputs, cwd: string): string {
    const folder = inputs.paths.length === 1 ? path.resolve(cwd, inputs.paths[0]) : cwd;
    return fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory() ? folder : cwd;
}

function writeAtomically(file: string, text: string): string | undefined {
    try {
        writeFileSafely(file, text);
        return undefined;
    } catch (error) {
        return (error as Error).message;
    }
}

main(process.env).then(code => {
    process.exitCode = code;
}, error => {
    print(errorLine(`internal error: ${(error as Error)?.message ?? String(error)}`));
    process.exitCode = ExitCode.Usage;
});
