/**
 * One side of `okr diff`: the goal files of a workspace and its okr.config.json files, as text,
 * read from a git commit or from a folder on disk. Files are untrusted: each is read under the
 * size limit of every reader (4 MB; a larger one, or one that is not UTF-8 text, is kept as
 * "not parsed" with its one-sentence reason), and a side holds at most MAX_SNAPSHOT_BYTES of
 * goal files and MAX_SNAPSHOT_FILES files in all, so that no repository can exhaust memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
    CONFIG_FILE_NAME, decodeSource, defaultConfig, MAX_CONFIG_BYTES, MAX_FILE_BYTES, parseConfigText, readConfig, readSourceFile,
    tooLargeMessage, UnreadableFileError, type LoadedConfig,
} from 'okr-language';
import { okrFilesUnder } from '../find-files.js';
import { UsageError } from '../usage-error.js';
import type { Repository } from './repository.js';

/**
 * Four times the workspace of the performance budget (1,000 files, 114k lines, 3.8 MB), which
 * takes about 290 MB to build: a side is built and dropped before the other, so a diff stays
 * well within Node's default heap.
 */
export const MAX_SNAPSHOT_BYTES = 16 * 1024 * 1024;
export const MAX_SNAPSHOT_FILES = 20_000;

export interface SnapshotFile {
    /** The path that matches it with the other side: relative to the repository's top (git) or to the folder. */
    path: string;
    text: string;
    /** Why it was not parsed (too large, not text, unreadable), if it was not. */
    notParsed?: string;
}

export interface SideInfo {
    /** How it is named in the output: `HEAD~1`, `working tree`, a folder. */
    label: string;
    /** The commit, when the side is one. */
    commit: string | null;
    /** The folder on disk, when the side is one (the working tree, or a folder given). */
    folder: string | null;
}

export interface Snapshot {
    side: SideInfo;
    files: SnapshotFile[];
    /** Configuration by `/` + its path (the in-memory documents' URI paths find theirs upwards). */
    configs: Map<string, LoadedConfig>;
}

/** Dot-folders (.git, .vscode…) and node_modules are not the user's goals, as in `okr check`. */
function isGoalPath(relative: string): boolean {
    const parts = relative.split('/');
    return parts.slice(0, -1).every(part => !part.startsWith('.') && part !== 'node_modules');
}

/** The goal files and configurations of a commit, under the workspace folder `folder` (repository path). */
export async function readCommit(repository: Repository, commit: string, folder: string, side: SideInfo): Promise<Snapshot> {
    const within = (file: string) => (folder ? file.slice(folder.length + 1) : file);
    const entries = await repository.files(commit, folder, file => {
        const name = file.slice(file.lastIndexOf('/') + 1);
        return (name.endsWith('.okr') || name === CONFIG_FILE_NAME) && isGoalPath(within(file));
    });
    const budget = new Budget(side.label);
    const wanted = entries.filter(entry => {
        budget.countFile();
        const limit = entry.path.endsWith('.okr') ? MAX_FILE_BYTES : MAX_CONFIG_BYTES;
        if (entry.size > limit) return false;
        budget.countBytes(entry.size);
        return true;
    });
    const contents = await repository.read([...new Set(wanted.map(entry => entry.object))], wanted.reduce((sum, entry) => sum + entry.size, 0));
    const snapshot: Snapshot = { side, files: [], configs: new Map() };
    for (const entry of entries) {
        const bytes = contents.get(entry.object);
        if (entry.path.endsWith('.okr')) {
            const source = bytes ? decodeSource(bytes) : { text: '', notParsed: tooLargeMessage(entry.size) };
            snapshot.files.push({ path: entry.path, text: source.text, notParsed: source.notParsed });
        } else {
            snapshot.configs.set(`/${entry.path}`, bytes ? configFromText(entry.path, bytes) : tooLargeConfig(entry.path, entry.size));
        }
    }
    return sorted(snapshot);
}

/**
 * The goal files of a folder on disk, as `okr check` finds them (recursively, links followed
 * once), with the okr.config.json files between each and the folder. `base`: the folder that
 * paths are relative to (the repository's top for the working tree).
 */
export async function readFolder(folder: string, base: string, side: SideInfo): Promise<Snapshot> {
    const snapshot: Snapshot = { side, files: [], configs: new Map() };
    const budget = new Budget(side.label);
    const relative = (file: string) => path.relative(base, file).split(path.sep).join('/');
    const configFolders = new Set<string>();
    for (const file of await okrFilesUnder(folder)) {
        budget.countFile();
        snapshot.files.push({ path: relative(file), ...readGoalFile(file, budget) });
        for (let dir = path.dirname(file); !configFolders.has(dir); dir = path.dirname(dir)) {
            configFolders.add(dir);
            if (dir === folder || path.dirname(dir) === dir) break;
        }
    }
    configFolders.add(folder);
    for (const dir of configFolders) {
        const file = path.join(dir, CONFIG_FILE_NAME);
        if (!fs.existsSync(file) && !fs.lstatSync(file, { throwIfNoEntry: false })) continue;
        budget.countFile();
        budget.countBytes(Math.min(fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0, MAX_CONFIG_BYTES));
        snapshot.configs.set(`/${relative(file)}`, { ...readConfig(file), configPath: relative(file) });
    }
    return sorted(snapshot);
}

function readGoalFile(file: string, budget: Budget): Omit<SnapshotFile, 'path'> {
    try {
        const source = readSourceFile(file);
        budget.countBytes(source.text.length);
        return { text: source.text, notParsed: source.notParsed };
    } catch (error) {
        if (!(error instanceof UnreadableFileError)) throw error;
        return { text: '', notParsed: `This file cannot be read: ${error.message}. It was not checked.` };
    }
}

function configFromText(file: string, bytes: Buffer): LoadedConfig {
    const { config, problems } = parseConfigText(bytes.toString('utf8'));
    return { configPath: file, config, problems };
}

function tooLargeConfig(file: string, size: number): LoadedConfig {
    return {
        configPath: file, config: defaultConfig(),
        problems: [{ source: 'file', path: [], message: `is too large (${size} bytes; a configuration file may have up to ${MAX_CONFIG_BYTES} bytes)` }],
    };
}

function sorted(snapshot: Snapshot): Snapshot {
    snapshot.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return snapshot;
}

/** The bound on one side: so many files and so many bytes of goal files, else a usage error. */
class Budget {
    private files = 0;
    private bytes = 0;

    constructor(private readonly label: string) {}

    countFile(): void {
        if (++this.files > MAX_SNAPSHOT_FILES) {
            throw new UsageError(`${this.label} holds more than ${MAX_SNAPSHOT_FILES} goal and configuration files: okr diff compares up to ${MAX_SNAPSHOT_FILES} per side.`);
        }
    }

    countBytes(bytes: number): void {
        this.bytes += bytes;
        if (this.bytes > MAX_SNAPSHOT_BYTES) {
            throw new UsageError(`${this.label} holds more than ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB of .okr files: okr diff compares up to that much per side.`);
        }
    }
}
