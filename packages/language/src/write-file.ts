/**
 * Every file okr writes (fmt, tree -o, baselines, check-ins) is written whole or not at all:
 * a temporary file in the same folder, flushed, then renamed over the target
 * (write-file-atomic, as npm uses). A full disk or a crash mid-write leaves the user's file as
 * it was. A link is followed, so the link stays and its target changes; an existing device or
 * pipe (`-o /dev/stdout`) is written directly, since it cannot be replaced.
 */
import * as fs from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { describeFsError } from './source-files.js';

export class WriteFileError extends Error {
    override readonly name = 'WriteFileError';
}

export function writeFileSafely(file: string, text: string): void {
    try {
        const existing = fs.statSync(file, { throwIfNoEntry: false });
        if (existing?.isDirectory()) throw new WriteFileError('it is a folder');
        if (existing && !existing.isFile()) fs.writeFileSync(file, text);
        else writeFileAtomic.sync(file, text);
    } catch (error) {
        if (error instanceof WriteFileError) throw error;
        throw new WriteFileError(describeFsError(error));
    }
}
