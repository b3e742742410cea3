/**
 * Turns the PATH arguments into .okr files: files as named, folders searched recursively
 * for `*.okr`, skipping node_modules and dot-folders. Symbolic links are followed once
 * (a link back up the tree does not loop) and each real file is checked once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeFsError, fileKind } from 'okr-language';
import { UsageError } from './usage-error.js';

export interface SourcePath {
    absolute: string;
    /** As given, or relative to the current folder. */
    display: string;
    /** Named on the command line (not found in a folder). */
    explicit: boolean;
}

export async function findOkrFiles(args: string[], cwd = process.cwd()): Promise<SourcePath[]> {
    const found = new Map<string, SourcePath>();
    const add = (absolute: string, display: string, explicit: boolean) => {
        const key = realPath(absolute);
        if (!found.has(key)) found.set(key, { absolute, display, explicit });
    };
    for (const arg of args.length ? args : ['.']) {
        const absolute = path.resolve(cwd, arg);
        const stat = statOrThrow(arg, absolute);
        if (stat.isDirectory()) {
            for (const file of await okrFilesUnder(absolute)) {
                add(file, path.isAbsolute(arg) ? file : path.relative(cwd, file), false);
            }
        } else if (stat.isFile()) {
            add(absolute, path.isAbsolute(arg) ? absolute : path.relative(cwd, absolute), true);
        } else {
            throw new UsageError(`${arg} is not a regular file or folder (it is ${fileKind(stat)}).`);
        }
    }
    if (found.size === 0) {
        throw new UsageError(`no .okr files found in ${args.length ? args.join(', ') : 'the current folder'}.`);
    }
    return [...found.values()].sort((a, b) => a.display.localeCompare(b.display));
}

/**
 * Every `*.okr` entry below a folder (or only in it), absolute. Not only regular files: a pipe,
 * a device or a broken link named `*.okr` is listed too, so that it is reported rather than
 * passed over in silence. Unreadable sub-folders are passed over.
 */
export function okrFilesUnder(folder: string, recursive = true): Promise<string[]> {
    // A run lists a folder once, though it may be named and also be the workspace of a named file.
    const key = `${recursive ? 'r' : 'f'}:${folder}`;
    let listing = listings.get(key);
    if (!listing) {
        listing = walk(folder, recursive, new Set([realPath(folder)]));
        listings.set(key, listing);
    }
    return listing;
}

const listings = new Map<string, Promise<string[]>>();

async function walk(folder: string, recursive: boolean, visited: Set<string>): Promise<string[]> {
    let entries: fs.Dirent[];
    try {
        entries = await fs.promises.readdir(folder, { withFileTypes: true });
    } catch {
        return [];
    }
    const found: string[] = [];
    const below: Array<Promise<string[]>> = [];
    for (const entry of entries) {
        const file = path.join(folder, entry.name);
        const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && isFolder(file));
        if (isDirectory) {
            // Dot-folders (.git, .vscode…) and node_modules are not the user's goals; a link back up is followed once.
            if (!recursive || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const real = realPath(file);
            if (visited.has(real)) continue;
            visited.add(real);
            below.push(walk(file, recursive, visited));
        } else if (entry.name.endsWith('.okr')) {
            found.push(file);
        }
    }
    for (const files of await Promise.all(below)) found.push(...files);
    return found;
}

function isFolder(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false; // a broken link or a loop of links: listed if named *.okr, then reported
    }
}

function statOrThrow(arg: string, absolute: string): fs.Stats {
    try {
        return fs.statSync(absolute);
    } catch (error) {
        throw new UsageError(`cannot read ${arg}: ${describeFsError(error)}.`);
    }
}

/** The file a path finally names, so that a file reached through links counts once. */
export function realPath(file: string): string {
    let real = realPaths.get(file);
    if (real === undefined) {
        try {
            real = fs.realpathSync(file);
        } catch {
            real = file;
        }
        realPaths.set(file, real);
    }
    return real;
}

const realPaths = new Map<string, string>();
