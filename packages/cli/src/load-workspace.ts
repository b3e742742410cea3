/**
 * Loads the files a command works on into one Langium workspace and builds it once.
 * Besides the named files, the other .okr files of their workspace are loaded as context
 * so that references resolve and workspace-wide checks count every file; only the named
 * files are reported. The workspace is the folder of the nearest okr.config.json and all
 * below it; without one, the other files in the folder of a file named on the command line.
 */
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CONFIG_FILE_NAME, createOkrServices, OkrBatchModule, type Model, type OkrServices, type OkrSettings } from 'okr-language';
import { findOkrFiles, okrFilesUnder, realPath, type SourcePath } from './find-files.js';
import { readSource, type SourceText } from './read-source.js';
import { UsageError } from './usage-error.js';

export interface LoadOptions {
    today?: string;
    config?: string;
    /** Run the checks (okr check); formatting and scoring only need parsing and linking. */
    validation: boolean;
    /** Stop with exit code 2 when okr.config.json has problems. */
    requireValidConfig: boolean;
}

export interface LoadedFile extends SourcePath, SourceText {
    document?: LangiumDocument<Model>;
}

export interface LoadedWorkspace {
    services: OkrServices;
    files: LoadedFile[];
}

export async function loadWorkspace(args: string[], options: LoadOptions, cwd = process.cwd()): Promise<LoadedWorkspace> {
    const sources = await findOkrFiles(args, cwd);
    const { Okr: services } = createOkrServices(NodeFileSystem, OkrBatchModule);
    const settings = services.okr.Settings;
    settings.setToday(options.today);
    if (options.config) settings.explicitConfigPath = path.resolve(cwd, options.config);

    const files: LoadedFile[] = sources.map(source => ({ ...source, ...readNamedOrFound(source) }));
    if (options.requireValidConfig) {
        for (const file of files) assertValidConfig(services, file, cwd);
    }
    const documents = services.shared.workspace.LangiumDocuments;
    for (const file of files) {
        if (!file.notParsed) file.document = documents.createDocument(URI.file(file.absolute), file.text) as LangiumDocument<Model>;
    }
    for (const context of await contextFiles(files, settings)) {
        documents.createDocument(URI.file(context.file), context.text);
    }
    await services.shared.workspace.DocumentBuilder.build(documents.all.toArray(), { validation: options.validation });
    return { services, files };
}

/**
 * A file named on the command line must be readable (exit 2 otherwise); one found in a folder
 * that cannot be read (a pipe, a device, no permission) is reported on that file, and the
 * rest are checked.
 */
function readNamedOrFound(source: SourcePath): SourceText {
    try {
        return readSource(source.absolute, source.display);
    } catch (error) {
        if (source.explicit || !(error instanceof UsageError)) throw error;
        const reason = error.message.slice(`cannot read ${source.display}: `.length).replace(/\.$/, '');
        return { text: '', bom: false, notParsed: `This file cannot be read: ${reason}. It was not checked.` };
    }
}

function assertValidConfig(services: OkrServices, file: LoadedFile, cwd: string): void {
    const { configPath, configProblems } = services.okr.Settings.forDocument(URI.file(file.absolute));
    if (configProblems.length === 0) return;
    const name = configPath ? path.relative(cwd, configPath) || configPath : CONFIG_FILE_NAME;
    const more = configProblems.length > 1 ? ` (and ${configProblems.length - 1} more problem${configProblems.length > 2 ? 's' : ''})` : '';
    throw new UsageError(`invalid configuration ${name}: ${configProblems[0].message}${more}.`.replace(/\.+$/, '.'));
}

/** The other readable .okr text files of the named files' workspaces. */
async function contextFiles(files: LoadedFile[], settings: OkrSettings): Promise<Array<{ file: string; text: string }>> {
    const roots = new Map<string, boolean>();
    for (const file of files) {
        const configFile = settings.nearestConfigFile(path.dirname(file.absolute));
        const root = configFile && path.dirname(configFile);
        if (root) roots.set(root, true);
        else if (file.explicit && !roots.has(path.dirname(file.absolute))) roots.set(path.dirname(file.absolute), false);
    }
    const known = new Set(files.map(file => realPath(file.absolute)));
    const context: Array<{ file: string; text: string }> = [];
    for (const [root, recursive] of roots) {
        for (const file of await okrFilesUnder(root, recursive)) {
            const real = realPath(file);
            if (known.has(real)) continue;
            known.add(real);
            try {
                const source = readSource(file, file);
                if (!source.notParsed) context.push({ file, text: source.text });
            } catch {
                // Context is a courtesy: an unreadable neighbour is not what the user asked about.
            }
        }
    }
    return context;
}
