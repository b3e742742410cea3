/**
 * Reads one .okr file as text. A file that is not text (a NUL byte, or bytes that are not
 * UTF-8) or is far larger than any goals file is not parsed: it gets one clear `syntax`
 * diagnostic instead of a flood of them or minutes of work.
 * The UTF-8 byte-order mark is set aside so that columns count from the first character.
 */
import * as fs from 'node:fs';
import { describeFsError, UsageError } from './usage-error.js';

/** About 100,000 lines; the biggest real goals files are a few hundred. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export interface SourceText {
    text: string;
    /** The file started with a byte-order mark (kept when `okr fmt` writes it back). */
    bom: boolean;
    /** Why the file was not parsed, if it was not. */
    notParsed?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readSource(file: string, display: string): SourceText {
    try {
        const stat = fs.statSync(file);
        // Only regular files: reading a FIFO or a device named *.okr would block or never end.
        if (!stat.isFile()) throw new UsageError(`${display} is not a regular file.`);
        if (stat.size > MAX_FILE_BYTES) {
            return { text: '', bom: false, notParsed: `This file is too large to check (${megabytes(stat.size)}; okr checks files up to ${megabytes(MAX_FILE_BYTES)}). Split it, for example into one file per unit and cycle.` };
        }
        return decodeSource(fs.readFileSync(file));
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`cannot read ${display}: ${describeFsError(error)}.`);
    }
}

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

function megabytes(bytes: number): string {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
