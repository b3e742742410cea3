/** What `okr fmt` does once its options are parsed (commands/fmt.ts). */
import type { LangiumDocument } from 'langium';
import { formatDocumentText, visible, writeFileSafely, type OkrServices } from 'okr-language';
import { loadWorkspace, type LoadedFile } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';

export interface FmtOptions { check?: boolean }

export async function fmt(paths: string[], options: FmtOptions): Promise<void> {
    const { services, files } = await loadWorkspace(paths, { validation: false, requireValidConfig: false });
    let problems = false;
    for (const file of files) {
        const syntaxError = file.notParsed ?? firstSyntaxError(file.document);
        if (syntaxError) {
            process.stderr.write(`okr: ${visible(`${file.display}: not formatted, ${syntaxError}`)}\n`);
            problems = true;
            continue;
        }
        const formatted = await format(services, file);
        if (formatted === withBom(file, file.text)) continue;
        process.stdout.write(`${visible(file.display)}\n`);
        if (options.check) {
            problems = true;
        } else {
            write(file, formatted);
        }
    }
    process.exitCode = problems ? ExitCode.Problems : ExitCode.Ok;
}

/** The language package's formatting (as the tests and the editor see it), with the file's byte-order mark. */
async function format(services: OkrServices, file: LoadedFile): Promise<string> {
    const formatted = await formatDocumentText(services, file.document!);
    if (formatted === undefined) throw new UsageError(`${file.display} cannot be formatted.`);
    return withBom(file, formatted);
}

function withBom(file: LoadedFile, text: string): string {
    return (file.bom ? '\uFEFF' : '') + text;
}

function firstSyntaxError(document: LangiumDocument | undefined): string | undefined {
    const { lexerErrors = [], parserErrors = [] } = document?.parseResult ?? {};
    const lexer = lexerErrors[0];
    if (lexer) return `it has a syntax error at ${lexer.line ?? 1}:${lexer.column ?? 1}: ${lexer.message}`;
    const parser = parserErrors[0];
    if (parser) {
        const line = Number.isFinite(parser.token.startLine) ? parser.token.startLine : 1;
        const column = Number.isFinite(parser.token.startColumn) ? parser.token.startColumn : 1;
        return `it has a syntax error at ${line}:${column}: ${parser.message}`;
    }
    return undefined;
}

/** Whole or not at all: a full disk mid-write leaves the file as it was. */
function write(file: LoadedFile, text: string): void {
    try {
        writeFileSafely(file.absolute, text);
    } catch (error) {
        throw new UsageError(`cannot write ${file.display}: ${(error as Error).message}.`);
    }
}
