/**
 * `okr-language-server` is started by an editor with a transport flag (`--stdio`, or
 * `--node-ipc` / `--socket` / `--pipe` from vscode-languageclient). Run by hand without
 * one, it explains itself instead of failing with a stack trace.
 */
const TRANSPORT = /^--(stdio|node-ipc|socket|pipe)\b/;

export function checkCommandLine(args: string[] = process.argv.slice(2)): void {
    const help = args.includes('--help') || args.includes('-h');
    if (help || !args.some(arg => TRANSPORT.test(arg))) {
        (help ? process.stdout : process.stderr).write('usage: okr-language-server --stdio\n'
            + 'The OKR language server speaks the Language Server Protocol over stdin/stdout;\n'
            + "start it from your editor's LSP client (see docs/editors.md).\n");
        process.exit(help ? 0 : 2);
    }
}
