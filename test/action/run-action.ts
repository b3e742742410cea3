/**
 * Runs the GitHub Action's committed bundle (action/dist/index.cjs) the way the runner does:
 * in $GITHUB_WORKSPACE, with each input as INPUT_<NAME> (upper-cased, hyphens kept), and
 * $GITHUB_OUTPUT / $GITHUB_STEP_SUMMARY pointing at files the step appends to.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from '../cli/run-okr.js';

export const ACTION_BUNDLE = path.join(REPO, 'action/dist/index.cjs');

export interface ActionRun {
    code: number | null;
    stdout: string;
    /** The job summary as written, or undefined if the file was not created. */
    summary?: string;
    /** Step outputs parsed from the `name<<delimiter` form. */
    outputs: Record<string, string>;
    /** Workflow commands outside a stop-commands region: what GitHub would act on. */
    commands: string[];
}

export function runAction(workspace: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): ActionRun {
    const runner = fs.mkdtempSync(path.join(path.dirname(workspace), 'runner-'));
    const summaryFile = path.join(runner, 'step_summary');
    const outputFile = path.join(runner, 'output');
    fs.writeFileSync(summaryFile, '');
    fs.writeFileSync(outputFile, '');
    const inputEnv = Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.replace(/ /g, '_').toUpperCase()}`, value]));
    const result = spawnSync(process.execPath, [ACTION_BUNDLE], {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
        env: {
            PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: workspace,
            GITHUB_STEP_SUMMARY: summaryFile, GITHUB_OUTPUT: outputFile, ...inputEnv, ...env,
        },
    });
    const stdout = String(result.stdout);
    const summary = fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : undefined;
    const outputs = parseOutputs(fs.existsSync(outputFile) ? fs.readFileSync(outputFile, 'utf8') : '');
    fs.rmSync(runner, { recursive: true, force: true });
    return { code: result.status, stdout, summary, outputs, commands: activeCommands(stdout) };
}

function parseOutputs(text: string): Record<string, string> {
    const outputs: Record<string, string> = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const match = /^([\w-]+)<<(.+)$/.exec(lines[i]);
        if (!match) continue;
        const end = lines.indexOf(match[2], i + 1);
        if (end < 0) throw new Error(`output ${match[1]} has no closing delimiter`);
        outputs[match[1]] = lines.slice(i + 1, end).join('\n');
        i = end;
    }
    return outputs;
}

/** As the runner reads stdout: `::stop-commands::TOKEN` disables commands until `::TOKEN::`. */
function activeCommands(stdout: string): string[] {
    const commands: string[] = [];
    let stopToken: string | undefined;
    for (const line of stdout.split('\n')) {
        if (stopToken) {
            if (line === `::${stopToken}::`) stopToken = undefined;
            continue;
        }
        const stop = /^::stop-commands::(.+)$/.exec(line);
        if (stop) stopToken = stop[1];
        else if (line.startsWith('::')) commands.push(line);
    }
    return commands;
}
