/**
 * `okr fmt [PATH…]`: formats files in place with the language server's formatter, so the
 * editor and the CLI agree. `--check` only lists the files that would change (exit 1).
 * A file with syntax errors is never written: it is reported and skipped (exit 1).
 * Line endings (LF or CRLF) and a byte-order mark are kept as the file had them.
 */
import * as fs from 'node:fs';
import { Command } from 'commander';
import type { LangiumDocument } from 'langium';
import type { OkrServices } from 'okr-language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadWorkspace, type LoadedFile } from '../load-workspace.js';
import { describeFsError, ExitCode, UsageError } from '../usage-error.js';

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
                    process.stderr.write(`okr: ${file.display}: not formatted, ${syntaxError}\n`);
                    problems = true;
                    continue;
                }
                const formatted = await format(services, file);
                if (formatted === restoreFileText(file, file.text)) continue;
                process.stdout.write(`${file.display}\n`);
                if (options.check) {
                    problems = true;
                } else {
                    write(file, formatted);
                }
            }
            process.exitCode = problems ? ExitCode.Problems : ExitCode.Ok;
        });
}

async function format(services: OkrServices, file: LoadedFile): Promise<string> {
    const formatter = services.lsp.Formatter;
    if (!formatter) throw new UsageError('no formatter is registered for .okr files in this build.');
    const document = file.document!;
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: true, insertFinalNewline: true, trimFinalNewlines: true },
    });
    return restoreFileText(file, TextDocument.applyEdits(document.textDocument, edits));
}

/** The file's own line endings and byte-order mark. */
function restoreFileText(file: LoadedFile, text: string): string {
    const eol = /\r\n/.test(file.text) ? '\r\n' : '\n';
    return (file.bom ? '\uFEFF' : '') + text.replace(/\r?\n/g, eol);
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

function write(file: LoadedFile, text: string): void {
    try {
        fs.writeFileSync(file.absolute, text);
    } catch (error) {
        throw new UsageError(`cannot write ${file.display}: ${describeFsError(error)}.`);
    }
}
