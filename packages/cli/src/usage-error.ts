/**
 * A problem with how okr was called or with what it was asked to read: exit code 2 and
 * one line on stderr, never a stack trace.
 */
export class UsageError extends Error {
    override readonly name = 'UsageError';
}

export const ExitCode = {
    /** Clean, or only within the warning budget. */
    Ok: 0,
    /** Errors, too many warnings, or files that would change (`fmt --check`). */
    Problems: 1,
    /** Usage or I/O errors. */
    Usage: 2,
} as const;

/**
 * A UsageError from either bundle: the commands' code runs in out/okr-engine.cjs, which has its
 * own copy of the class, so `instanceof` in the launcher's bundle would not see it.
 */
export function isUsageError(error: unknown): error is UsageError {
    return error instanceof Error && error.name === 'UsageError';
}
