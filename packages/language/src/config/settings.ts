/**
 * What the checks of one document depend on besides its text: the okr.config.json found
 * upwards from the file (or given with --config), editor settings, and "today".
 * Shared by the CLI and the language server, so both apply the same configuration.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import { defaultConfig, parseConfigText, resolveConfig, type ConfigProblem, type OkrConfig } from './config.js';
import { localToday, parseDay } from '../model/dates.js';
import { MAX_CONFIG_BYTES, readRegularFile, UnreadableFileError } from '../io/source-files.js';

export const CONFIG_FILE_NAME = 'okr.config.json';

export interface DocumentSettings {
    config: OkrConfig;
    /** The configuration file that applies, if any. */
    configPath?: string;
    /** Problems found in that file (source 'file') and in editor settings ('editor'); defaults fill in. */
    configProblems: ConfigProblem[];
    today: number;
}

export interface LoadedConfig { configPath?: string; config: OkrConfig; problems: ConfigProblem[] }

/**
 * The configuration files of a workspace that is not on disk (`okr diff` reads a git revision
 * into in-memory documents): each file's configuration by its POSIX path, read by the caller.
 * Documents of any URI scheme then find theirs upwards through these paths, as files on disk do.
 */
export type ConfigSnapshot = ReadonlyMap<string, LoadedConfig>;

export class OkrSettings {
    /** Fixed "today" (`--today`, the `okr.today` setting, tests). */
    todayOverride?: number;
    /** A configuration file that replaces the upward search (`--config`). */
    explicitConfigPath?: string;
    /** Counts changes of what documents are checked with; what was derived under an older one is stale. */
    generation = 0;

    private overrides?: unknown;
    private snapshot?: ConfigSnapshot;
    private readonly byDirectory = new Map<string, LoadedConfig>();
    private readonly configFiles = new Map<string, string | undefined>();

    /** Editor settings (`okr.rules`, `okr.fiscalYearStartMonth`), applied over the file. */
    get editorOverrides(): unknown {
        return this.overrides;
    }

    set editorOverrides(value: unknown) {
        this.overrides = value;
        this.generation++;
    }

    setToday(date: string | undefined): void {
        this.todayOverride = date ? parseDay(date) : undefined;
        this.generation++;
    }

    /** Forget cached configuration files, e.g. after okr.config.json changed. */
    clearCache(): void {
        this.byDirectory.clear();
        this.configFiles.clear();
        this.generation++;
    }

    /** Read configuration files from this snapshot instead of the disk (`--config` is still read from disk). */
    useConfigSnapshot(snapshot: ConfigSnapshot | undefined): void {
        this.snapshot = snapshot;
        this.clearCache();
    }

    today(): number {
        return this.todayOverride ?? localToday();
    }

    forDocument(uri: URI): DocumentSettings {
        const loaded = this.snapshot ? this.loadFor(path.posix.dirname(uri.path))
            : uri.scheme === 'file' ? this.loadFor(path.dirname(uri.fsPath)) : { config: defaultConfig(), problems: [] };
        let { config, problems } = loaded;
        if (this.editorOverrides !== undefined) {
            const overlay = resolveConfig(this.editorOverrides, config, 'editor');
            config = overlay.config;
            problems = [...problems, ...overlay.problems];
        }
        return { config, configPath: loaded.configPath, configProblems: problems, today: this.today() };
    }

    /**
     * The okr.config.json that applies to files of a folder: the nearest one upwards (the
     * workspace root), or `--config`. The one upward search of the CLI and the server.
     */
    configFileFor(directory: string): string | undefined {
        return this.explicitConfigPath ?? this.nearestConfigFile(directory);
    }

    /** The nearest okr.config.json at or above a folder, whatever `--config` says: it marks the workspace root. */
    nearestConfigFile(directory: string): string | undefined {
        if (this.snapshot) return nearestInSnapshot(this.snapshot, directory);
        if (!this.configFiles.has(directory)) {
            const file = path.join(directory, CONFIG_FILE_NAME);
            const parent = path.dirname(directory);
            // Any entry by that name counts, so a FIFO or a device is reported rather than passed over.
            const found = fs.existsSync(file) || isBrokenLink(file) ? file : parent === directory ? undefined : this.nearestConfigFile(parent);
            this.configFiles.set(directory, found);
        }
        return this.configFiles.get(directory);
    }

    private loadFor(directory: string): LoadedConfig {
        const file = this.configFileFor(directory);
        if (!file) return { config: defaultConfig(), problems: [] };
        let loaded = this.byDirectory.get(file);
        if (!loaded) {
            loaded = this.snapshot && file !== this.explicitConfigPath ? this.snapshot.get(file)! : readConfig(file);
            this.byDirectory.set(file, loaded);
        }
        return loaded;
    }
}

function nearestInSnapshot(snapshot: ConfigSnapshot, directory: string): string | undefined {
    for (let folder = directory; ; folder = path.posix.dirname(folder)) {
        const file = path.posix.join(folder, CONFIG_FILE_NAME);
        if (snapshot.has(file)) return file;
        if (path.posix.dirname(folder) === folder) return undefined;
    }
}

function isBrokenLink(file: string): boolean {
    return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
}

/** Reads a configuration file: a regular file of at most 1 MB, else one problem and the defaults. */
export function readConfig(configPath: string): LoadedConfig {
    let text: string;
    try {
        const bytes = readRegularFile(configPath, MAX_CONFIG_BYTES);
        if ('tooLarge' in bytes) {
            return { configPath, config: defaultConfig(), problems: [{ source: 'file', path: [], message: `is too large (${bytes.tooLarge} bytes; a configuration file may have up to ${MAX_CONFIG_BYTES} bytes)` }] };
        }
        text = bytes.toString('utf8');
    } catch (error) {
        const reason = error instanceof UnreadableFileError ? error.message : String(error);
        return { configPath, config: defaultConfig(), problems: [{ source: 'file', path: [], message: `cannot be read: ${reason}` }] };
    }
    const { config, problems } = parseConfigText(text);
    return { configPath, config, problems };
}
