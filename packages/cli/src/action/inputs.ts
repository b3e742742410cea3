/**
 * The action's inputs as the runner passes them: `INPUT_<NAME>` with the name upper-cased
 * and spaces turned into underscores (hyphens stay: `INPUT_MAX-WARNINGS`). A bad value is a
 * UsageError that names the input.
 */
import { InvalidArgumentError } from 'commander';
import { parseMaxWarnings, parseToday } from '../options.js';
import { UsageError } from '../usage-error.js';

export interface ActionInputs {
    paths: string[];
    maxWarnings: number;
    today?: string;
    config?: string;
    sarifFile?: string;
    /** Also post `okr diff` of a pull request's base against the checkout in the job summary. */
    diff: boolean;
    diffBase?: string;
}

export function input(env: NodeJS.ProcessEnv, name: string): string {
    return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
    const paths = input(env, 'paths');
    return {
        // One path per line; a single line may list several, separated by spaces.
        paths: (paths.includes('\n') ? paths.split(/\r?\n/) : paths.split(/\s+/)).map(p => p.trim()).filter(Boolean),
        maxWarnings: parsed(env, 'max-warnings', parseMaxWarnings) ?? -1,
        today: parsed(env, 'today', parseToday),
        config: input(env, 'config') || undefined,
        sarifFile: input(env, 'sarif-file') || undefined,
        diff: parsed(env, 'diff', parseBoolean) ?? false,
        diffBase: input(env, 'diff-base') || undefined,
    };
}

/** As the runner's own toolkit reads a boolean input: YAML 1.2's true and false. */
function parseBoolean(value: string): boolean {
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    throw new InvalidArgumentError(`Expected true or false, not "${value}".`);
}

function parsed<T>(env: NodeJS.ProcessEnv, name: string, parse: (value: string) => T): T | undefined {
    const value = input(env, name);
    if (!value) return undefined;
    try {
        return parse(value);
    } catch (error) {
        if (error instanceof InvalidArgumentError) throw new UsageError(`input ${name}: ${error.message}`);
        throw error;
    }
}
