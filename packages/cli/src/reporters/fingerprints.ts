/**
 * A fingerprint per problem that stays the same from run to run and when lines above it are
 * added or removed, so that GitLab and GitHub code scanning track one issue instead of opening
 * a new one: a hash of the file's path, the code, the text of the problem's line (spaces
 * collapsed) and how many identical (path, code, text) problems come before it. Messages are
 * left out on purpose: some say how many days old a check-in is, and change every day.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { FileReport } from './check-report.js';

/** One per diagnostic of `file`, in order; unique within the run. */
export function fingerprints(file: FileReport, cwd: string): string[] {
    const where = relativePath(cwd, file.absolute);
    const lines = file.source?.split(/\r\n|\r|\n/) ?? [];
    const seen = new Map<string, number>();
    return file.diagnostics.map(d => {
        const text = (file.source === undefined ? d.message : lines[d.line - 1] ?? '').replace(/\s+/g, ' ').trim();
        const key = `${where}\0${d.code}\0${text}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return createHash('sha256').update(`okr/v1\0${key}\0${occurrence}`).digest('hex').slice(0, 32);
    });
}

/** Forward slashes, relative to the current folder (the repository root in CI). */
export function relativePath(cwd: string, file: string): string {
    return path.relative(cwd, file).split(path.sep).join('/');
}
