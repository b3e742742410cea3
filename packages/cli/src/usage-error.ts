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

/** What the operating system said, in words (`ENOENT` → "no such file or directory"). */
export function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    const known: Record<string, string> = {
        ENOENT: 'no such file or directory',
        EACCES: 'permission denied',
        EPERM: 'operation not permitted',
        ELOOP: 'too many levels of symbolic links',
        EISDIR: 'is a directory',
        ENOTDIR: 'a part of the path is not a directory',
        EMFILE: 'too many open files',
    };
    return (code && known[code]) ?? (error as Error)?.message ?? String(error);
}
