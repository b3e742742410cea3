/**
 * `-o FILE` of the commands that draw or report: the output is written whole or not at all
 * (writeFileSafely), never over one of the goal files it was made from; `-o -` and no `-o`
 * are standard output.
 */
import * as path from 'node:path';
import { writeFileSafely } from 'okr-language';
import { realPath } from './find-files.js';
import type { LoadedWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';

export function writeOutput(workspace: LoadedWorkspace, output: string | undefined, text: string, what: string): void {
    if (!output || output === '-') {
        process.stdout.write(text);
        return;
    }
    const target = realPath(path.resolve(output));
    const inputs = workspace.services.shared.workspace.LangiumDocuments.all.map(document => realPath(document.uri.fsPath));
    if ([...workspace.files.map(file => realPath(file.absolute)), ...inputs].includes(target)) {
        throw new UsageError(`refusing to write to ${output}: it is one of the .okr files being ${what}. Choose another output file.`);
    }
    try {
        writeFileSafely(output, text);
    } catch (error) {
        throw new UsageError(`cannot write ${output}: ${(error as Error).message}.`);
    }
}
