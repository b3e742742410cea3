/**
 * The server's view of the disk: Langium's Node file system, but every `.okr` file goes
 * through the guarded reader (source-files.ts). A file that is a pipe, a device, unreadable,
 * not text or over the size limit becomes an empty document, and the reason is kept for the
 * one diagnostic that document gets (see OkrDocumentValidator), instead of a hung or
 * exhausted server.
 */
import type { URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { readSourceFile, UnreadableFileError } from '../io/source-files.js';

export class OkrFileSystemProvider extends NodeFileSystemProvider {
    private readonly problems = new Map<string, string>();

    override async readFile(uri: URI): Promise<string> {
        return this.readFileSync(uri);
    }

    override readFileSync(uri: URI): string {
        const key = uri.toString();
        this.problems.delete(key);
        try {
            const source = readSourceFile(uri.fsPath);
            if (source.notParsed) this.problems.set(key, source.notParsed);
            return source.text;
        } catch (error) {
            if (!(error instanceof UnreadableFileError)) throw error;
            this.problems.set(key, `This file cannot be read: ${error.message}. It was not checked.`);
            return '';
        }
    }

    /** Why the file's text was not read, if it was not. */
    problemOf(uri: URI): string | undefined {
        return this.problems.get(uri.toString());
    }
}

export const OkrFileSystem = {
    fileSystemProvider: () => new OkrFileSystemProvider(),
};
