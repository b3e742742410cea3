/**
 * Reading the files a goals repository holds, which anybody with commit access writes: a
 * `.okr` file or an `okr.config.json` may be a FIFO, a device or a link to one (reading would
 * block or never end), far larger than any goals file, binary, or not UTF-8. Every reader of
 * the CLI and the server goes through here, so each of those gets one clear sentence instead
 * of a hang, a flood of diagnostics or a stack trace.
 */
import * as fs from 'node:fs';

/** About 100,000 lines; the biggest real goals files are a few hundred. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A configuration file is a few hundred bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A file that cannot be read as asked, with the reason in words. */
export class UnreadableFileError extends Error {
    override readonly name = 'UnreadableFileError';
}

/**
 * The bytes of a regular file of at most `maxBytes`. Opened without blocking and checked on
 * the open descriptor, so a path swapped for a FIFO between a check and the read cannot hang.
 */
export function readRegularFile(file: string, maxBytes: number): Buffer | { tooLarge: number } {
    let fd: number;
    try {
        fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    } catch (error) {
        throw new UnreadableFileError(describeFsError(error));
    }
    try {
        const stat = fs.fstatSync(fd);
        if (!stat.isFile()) throw new UnreadableFileError(`it is not a regular file (${fileKind(stat)})`);
        if (stat.size > maxBytes) return { tooLarge: stat.size };
        const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
        let length = 0;
        // The size may change while reading: never read more than the limit allows.
        for (let read = -1; read !== 0 && length < buffer.length;) {
            read = fs.readSync(fd, buffer, length, buffer.length - length, null);
            length += read;
        }
        return length > maxBytes ? { tooLarge: length } : buffer.subarray(0, length);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw error;
        throw new UnreadableFileError(describeFsError(error));
    } finally {
        fs.closeSync(fd);
    }
}

export interface SourceText {
    text: string;
    /** The file started with a byte-order mark (kept when `okr fmt` writes it back). */
    bom: boolean;
    /** Why the file is not parsed, if it is not: one sentence for a diagnostic. */
    notParsed?: string;
}

/** A `.okr` file's text; throws UnreadableFileError when it cannot be read at all. */
export function readSourceFile(file: string): SourceText {
    const bytes = readRegularFile(file, MAX_FILE_BYTES);
    return 'tooLarge' in bytes ? { text: '', bom: false, notParsed: tooLargeMessage(bytes.tooLarge) } : decodeSource(bytes);
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeSource(bytes: Uint8Array): SourceText {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
        return { text: '', bom: false, notParsed: `This file is not text (it contains a NUL byte at offset ${nul}). An .okr file must be UTF-8 text.` };
    }
    let text: string;
    try {
        text = decoder.decode(bytes);
    } catch {
        return { text: '', bom: false, notParsed: 'This file is not UTF-8 text. Save it as UTF-8.' };
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    return { text: bom ? text.slice(1) : text, bom };
}

/** Whether a text held in an editor is over the limit the CLI applies to files. */
export function exceedsFileLimit(text: string): boolean {
    // UTF-8 takes 1 to 3 bytes per UTF-16 unit: count bytes only when it could matter.
    if (text.length * 3 <= MAX_FILE_BYTES) return false;
    return text.length > MAX_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES;
}

export function tooLargeMessage(bytes: number): string {
    return `This file is too large to check (${megabytes(bytes)}; okr checks files up to ${megabytes(MAX_FILE_BYTES)}, which is about 100,000 lines). Split it, for example into one file per unit and cycle.`;
}

function megabytes(bytes: number): string {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function fileKind(stat: fs.Stats): string {
    if (stat.isDirectory()) return 'a folder';
    if (stat.isFIFO()) return 'a named pipe';
    if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
    if (stat.isSocket()) return 'a socket';
    return 'a special file';
}

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
        ENOSPC: 'no space left on the device',
        EROFS: 'the file system is read-only',
        EXDEV: 'the temporary file is on another device',
    };
    return (code && known[code]) ?? (error as Error)?.message ?? String(error);
}
