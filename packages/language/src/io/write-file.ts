/**
 * Every file okr writes (fmt, tree -o, baselines, check-ins) is written whole or not at all:
 * a temporary file in the same folder, every byte written and flushed, then renamed over the
 * target. A full disk or a crash mid-write leaves the user's file as it was.
 *
 * Not write-file-atomic: its synchronous writer ignores a short write, and a full tmpfs
 * answers a write with a short count rather than an error, so it renamed a truncated copy over
 * the original (seen in test/hostile/files.test.ts).
 *
 * A link is followed, so the link stays and its target changes; an existing device or pipe
 * (`-o /dev/stdout`) is written directly, since it cannot be replaced.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError } from './source-files.js';

export class WriteFileError extends Error {
    override readonly name = 'WriteFileError';
}

export function writeFileSafely(file: string, text: string): void {
    try {
        const target = realTarget(file);
        const existing = fs.statSync(target, { throwIfNoEntry: false });
        if (existing?.isDirectory()) throw new WriteFileError('it is a folder');
        if (existing && !existing.isFile()) writeAll(target, Buffer.from(text, 'utf8'), 'w');
        else replace(target, Buffer.from(text, 'utf8'), existing?.mode);
    } catch (error) {
        if (error instanceof WriteFileError) throw error;
        throw new WriteFileError(describeFsError(error));
    }
}

/** The file a path finally names (the path itself when it does not exist yet). */
function realTarget(file: string): string {
    try {
        return fs.realpathSync(file);
    } catch {
        return file;
    }
}

function replace(target: string, bytes: Buffer, mode: number | undefined): void {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        writeAll(temporary, bytes, 'wx', mode);
        fs.renameSync(temporary, target);
    } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw error;
    }
}

/** Writes every byte (a write may take fewer than asked) and flushes them to the disk. */
function writeAll(file: string, bytes: Buffer, flags: string, mode?: number): void {
    const fd = fs.openSync(file, flags, mode ?? 0o666);
    try {
        // The replacement keeps the permissions of the file it replaces.
        if (mode !== undefined) fs.fchmodSync(fd, mode & 0o7777);
        for (let offset = 0; offset < bytes.length;) {
            const written = fs.writeSync(fd, bytes, offset, bytes.length - offset);
            if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
            offset += written;
        }
        if (flags === 'wx') fs.fsyncSync(fd);
    } finally {
        fs.closeSync(fd);
    }
}
