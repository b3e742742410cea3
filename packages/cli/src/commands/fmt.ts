/**
 * `okr fmt [PATH…]`: formats files in place with the language server's formatter, so the
 * editor and the CLI agree. `--check` only lists the files that would change (exit 1).
 * A file with syntax errors is never written: it is reported and skipped (exit 1).
 * Each file keeps its dominant line ending (LF or CRLF; block comments exactly as written) and its
 * byte-order mark, and is written whole or not at all.
 */
import { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import { formatDocumentText, visible, writeFileSafely, type OkrServices } from 'okr-language';
import { loadWorkspace, type LoadedFile } from '../load-workspace.js';
import { ExitCode, UsageError } from '../usage-error.js';

interface FmtOptions { check?: boolean }

export function fmtCommand(): Command {
    return new Command('fmt')
        .description('format .okr files in place (--check: list files that would change, exit 1 if any)')
        .argument('[paths...]', 'files or folders (folders are searched for *.okr)', [])
        .option('--check', 'write nothing; list the files that are not formatted and exit 1 if there are any')
        .action(async (paths: string[], options: FmtOptions) => {
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
        });
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
