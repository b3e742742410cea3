/**
 * The action's `diff` input: on a pull request, `okr diff` of the pull request's base commit
 * against the checked-out tree, as Markdown for the job summary. The base is `diff-base` when
 * given, else the event's `pull_request.base.sha` (GITHUB_EVENT_PATH), else origin/GITHUB_BASE_REF.
 * On another event, without `diff-base`, there is nothing to compare with: the diff is skipped.
 */
import * as fs from 'node:fs';
import { runDiff } from '../diff/run-diff.js';
import { diffMarkdown } from '../render/diff-markdown.js';

export interface DiffRequestInputs {
    diff: boolean;
    diffBase?: string;
    today?: string;
    config?: string;
}

export type PullRequestDiff =
    | { skipped: string }
    | { markdown: string; flags: number; messages: string[] };

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export async function pullRequestDiff(inputs: DiffRequestInputs, env: NodeJS.ProcessEnv, cwd: string): Promise<PullRequestDiff | undefined> {
    if (!inputs.diff && !inputs.diffBase) return undefined;
    const base = inputs.diffBase ?? pullRequestBase(env);
    if (!base) return { skipped: `okr diff: skipped, the ${env.GITHUB_EVENT_NAME || 'unknown'} event is not a pull request (set diff-base to compare with a revision).` };
    const { report, messages } = await runDiff({ base, today: inputs.today, config: inputs.config }, cwd);
    return { markdown: diffMarkdown(report), flags: report.flags.length, messages };
}

function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
    if (!PULL_REQUEST_EVENTS.has(env.GITHUB_EVENT_NAME ?? '')) return undefined;
    const sha = eventBaseSha(env.GITHUB_EVENT_PATH);
    if (sha) return sha;
    return env.GITHUB_BASE_REF ? `origin/${env.GITHUB_BASE_REF}` : undefined;
}

/** `pull_request.base.sha` of the event payload, if the file has one. */
function eventBaseSha(file: string | undefined): string | undefined {
    if (!file) return undefined;
    try {
        const event = JSON.parse(fs.readFileSync(file, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
        const sha = event.pull_request?.base?.sha;
        return typeof sha === 'string' && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
    } catch {
        return undefined;
    }
}
