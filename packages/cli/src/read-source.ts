/**
 * Reads one .okr file as text, through the language package's guarded reader: a file that is
 * not text, or far larger than any goals file, gets one clear `syntax` diagnostic instead of a
 * flood of them or minutes of work; one that cannot be read at all is a usage error.
 * The UTF-8 byte-order mark is set aside so that columns count from the first character.
 */
import { readSourceFile, UnreadableFileError, type SourceText } from 'okr-language';
import { UsageError } from './usage-error.js';

export type { SourceText };

export function readSource(file: string, display: string): SourceText {
    try {
        return readSourceFile(file);
    } catch (error) {
        if (error instanceof UnreadableFileError) throw new UsageError(`cannot read ${display}: ${error.message}.`);
        throw error;
    }
}
