/**
 * What `okr diff` does, whatever prints it (the command line and the GitHub Action): decide the
 * two sides — two folders, or two revisions of the repository of the current folder, by
 * default the merge base with the default branch against the working tree — read each, build
 * each in a workspace of its own, and compare them by meaning.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, formatDay, localToday, readConfig } from 'okr-language';
import { compareGoalSets } from './changes.js';
import { compareDiagnostics, keyedDiagnostics, type KeyedDiagnostic } from './diagnostic-changes.js';
import type { DiffReport } from './diff-report.js';
import { findFlags } from './flags.js';
import { goalSet, type GoalSet } from './goal-set.js';
import { Repository, type ResolvedRevision } from './repository.js';
import { readCommit, readFolder, type Snapshot } from './snapshot.js';
import { buildSnapshotWorkspace, type SnapshotOptions } from './snapshot-workspace.js';
import { UsageError } from '../usage-error.js';

export interface DiffRequest {
    /** A revision or a folder; default: the merge base with the default branch. */
    base?: string;
    /** A revision or a folder; default: the working tree. */
    head?: string;
    today?: string;
    config?: string;
}

export interface DiffOutcome {
    report: DiffReport;
    /** One-line warnings for stderr, e.g. a side's okr.config.json that has problems. */
    messages: string[];
}

export async function runDiff(request: DiffRequest, cwd = process.cwd()): Promise<DiffOutcome> {
    const today = request.today ?? formatDay(localToday());
    const config = request.config && checkedConfig(path.resolve(cwd, request.config), request.config);
    const [base, head] = bothFolders(request, cwd) ? await readFolders(request.base!, request.head!, cwd) : await readRevisions(request, cwd);
    const before = await meaningOf(base, { today, config });
    const after = await meaningOf(head, { today, config });
    const report: DiffReport = {
        base: { ...base.side, today },
        head: { ...head.side, today },
        changes: compareGoalSets(before.goals, after.goals),
        flags: findFlags(before.goals, after.goals),
        diagnostics: compareDiagnostics(before.diagnostics, after.diagnostics),
    };
    return { report, messages: config ? [] : [...configWarnings(base), ...configWarnings(head)] };
}

/**
 * A side's goal set and diagnostics, as plain data: its Langium workspace is not kept, so that
 * at most one side's documents are in memory at a time.
 */
async function meaningOf(snapshot: Snapshot, options: SnapshotOptions): Promise<{ goals: GoalSet; diagnostics: KeyedDiagnostic[] }> {
    const workspace = await buildSnapshotWorkspace(snapshot, options);
    return { goals: goalSet(workspace), diagnostics: keyedDiagnostics(workspace) };
}

function bothFolders(request: DiffRequest, cwd: string): boolean {
    const isFolder = (arg: string | undefined) => arg !== undefined && fs.statSync(path.resolve(cwd, arg), { throwIfNoEntry: false })?.isDirectory() === true;
    return isFolder(request.base) && isFolder(request.head);
}

async function readFolders(base: string, head: string, cwd: string): Promise<[Snapshot, Snapshot]> {
    const read = (arg: string) => {
        const folder = fs.realpathSync(path.resolve(cwd, arg));
        return readFolder(folder, folder, { label: arg, commit: null, folder: arg });
    };
    return [await read(base), await read(head)];
}

async function readRevisions(request: DiffRequest, cwd: string): Promise<[Snapshot, Snapshot]> {
    const repository = await Repository.open(cwd);
    const here = fs.realpathSync(cwd);
    const root = workspaceRoot(here, repository.top);
    const folder = repository.relative(root) ?? '';
    const resolve = (arg: string) => repository.resolve(arg).catch(error => {
        const isFolder = fs.statSync(path.resolve(cwd, arg), { throwIfNoEntry: false })?.isDirectory();
        throw isFolder && error instanceof UsageError ? new UsageError(`${error.message.replace(/\.$/, '')}; to compare folders, name two: okr diff OLD_FOLDER NEW_FOLDER.`) : error;
    });
    const base: ResolvedRevision = request.base !== undefined ? await resolve(request.base) : await repository.defaultBase();
    const head = request.head !== undefined ? await resolve(request.head) : undefined;
    const label = (revision: ResolvedRevision) => `${revision.label} (${revision.commit.slice(0, 7)})`;
    const baseSnapshot = await readCommit(repository, base.commit, folder, { label: label(base), commit: base.commit, folder: null });
    const headSnapshot = head
        ? await readCommit(repository, head.commit, folder, { label: label(head), commit: head.commit, folder: null })
        : await readFolder(root, repository.top, { label: 'working tree', commit: null, folder: path.relative(here, root) || '.' });
    return [baseSnapshot, headSnapshot];
}

/** The folder of the nearest okr.config.json at or above `folder` within the repository, as `okr check` finds it; else `folder`. */
function workspaceRoot(folder: string, top: string): string {
    for (let dir = folder; ; dir = path.dirname(dir)) {
        if (fs.lstatSync(path.join(dir, CONFIG_FILE_NAME), { throwIfNoEntry: false })) return dir;
        if (dir === top || path.dirname(dir) === dir) return folder;
    }
}

/** `--config FILE`: the one configuration of both sides, which must be valid. */
function checkedConfig(file: string, display: string): string {
    const { problems } = readConfig(file);
    if (problems.length > 0) throw new UsageError(`invalid configuration ${display}: ${problems[0].message}.`.replace(/\.+$/, '.'));
    return file;
}

/** A side's own okr.config.json may have problems (an old revision's too): its defaults apply, and the user is told. */
function configWarnings(snapshot: Snapshot): string[] {
    return [...snapshot.configs.values()].filter(config => config.problems.length > 0).map(config => {
        const more = config.problems.length > 1 ? ` (and ${config.problems.length - 1} more)` : '';
        return `okr: warning: ${config.configPath ?? CONFIG_FILE_NAME} in ${snapshot.side.label} ${config.problems[0].message}${more}; its defaults apply there.`;
    });
}
