/**
 * A git repository as `okr diff` reads it: revisions resolved to commits, the default base
 * (the merge base with the default branch), and the files of a commit under a folder, listed
 * with `git ls-tree` and read in one `git cat-file --batch`. Revisions are user strings: they
 * are only ever an argument of `git rev-parse`, never a shell word, and one starting with `-`
 * is refused before git could read it as an option.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { git } from './git.js';
import { UsageError } from '../usage-error.js';

/** About a million files: a monorepo's whole tree, listed to find its goal files. */
const MAX_LISTING_BYTES = 128 * 1024 * 1024;

export interface TreeEntry {
    /** Relative to the repository's top folder, with `/`. */
    path: string;
    object: string;
    size: number;
}

export interface ResolvedRevision {
    commit: string;
    /** How the user (or okr) named it: `HEAD~1`, `merge base of main and HEAD`. */
    label: string;
}

export class Repository {
    private constructor(readonly top: string) {}

    /** The repository the folder is in; a usage error when it is in none. */
    static async open(folder: string): Promise<Repository> {
        const result = await git(['rev-parse', '--show-toplevel'], folder);
        if (result.code !== 0) {
            if (/not a git repository/i.test(result.message)) {
                throw new UsageError('the current folder is not in a git repository. To compare two folders instead, name them: okr diff OLD_FOLDER NEW_FOLDER.');
            }
            throw new UsageError(`git cannot open the repository of the current folder: ${result.message || `exit code ${result.code}`}.`);
        }
        return new Repository(fs.realpathSync(result.stdout.toString('utf8').trim()));
    }

    /** A commit named by a user string: a branch, a tag, a commit ID, `HEAD~2`… */
    async resolve(revision: string): Promise<ResolvedRevision> {
        if (revision === '' || revision.startsWith('-')) {
            throw new UsageError(`"${revision}" is not a revision: a revision cannot be empty or start with "-".`);
        }
        const result = await git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], this.top);
        const commit = result.stdout.toString('utf8').trim();
        if (result.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
            throw new UsageError(`unknown revision "${revision}": git knows no commit by that name${await this.shallowHint()}.`);
        }
        return { commit, label: revision };
    }

    /** Where a branch of the default branch started: the merge base of the default branch and HEAD. */
    async defaultBase(): Promise<ResolvedRevision> {
        const head = await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], this.top);
        if (head.code !== 0) throw new UsageError('the repository has no commits yet: there is nothing to compare the working tree with.');
        const branch = await this.defaultBranch();
        if (!branch) {
            throw new UsageError('cannot tell the default branch (there is no origin/HEAD, main or master): name the base revision, e.g. okr diff HEAD~1.');
        }
        // Commit IDs, not names, reach merge-base: no ref name can pass for an option.
        const base = await git(['merge-base', branch.commit, head.stdout.toString('utf8').trim()], this.top);
        const commit = base.stdout.toString('utf8').trim();
        if (base.code !== 0 || !/^[0-9a-f]{40,64}$/.test(commit)) {
            throw new UsageError(`${branch.name} and HEAD have no common ancestor${await this.shallowHint()}: name the base revision, e.g. okr diff ${branch.name}.`);
        }
        return { commit, label: `merge base of ${branch.name} and HEAD` };
    }

    /** origin/HEAD's branch, else main, else master (local first, then origin's). */
    private async defaultBranch(): Promise<{ name: string; commit: string } | undefined> {
        const remoteHead = await git(['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD'], this.top);
        const candidates = remoteHead.code === 0 ? [remoteHead.stdout.toString('utf8').trim()] : [];
        candidates.push('refs/heads/main', 'refs/heads/master', 'refs/remotes/origin/main', 'refs/remotes/origin/master');
        for (const ref of candidates.filter(candidate => candidate.startsWith('refs/'))) {
            const found = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], this.top);
            const commit = found.stdout.toString('utf8').trim();
            if (found.code === 0 && /^[0-9a-f]{40,64}$/.test(commit)) return { name: ref.replace(/^refs\/(heads|remotes)\//, ''), commit };
        }
        return undefined;
    }

    private async shallowHint(): Promise<string> {
        const shallow = await git(['rev-parse', '--is-shallow-repository'], this.top);
        return shallow.stdout.toString('utf8').trim() === 'true'
            ? ' (this clone is shallow: fetch the history it needs, e.g. actions/checkout with fetch-depth: 0)'
            : '';
    }

    /**
     * The regular files of a commit under a folder of the repository (`''`: all) that `wanted`
     * accepts. Links and submodules are not files.
     */
    async files(commit: string, folder: string, wanted: (file: string) => boolean): Promise<TreeEntry[]> {
        // ls-tree takes paths as literal prefixes (no globs): the names are filtered here.
        const args = ['ls-tree', '-r', '-z', '--long', '--full-tree', commit, ...(folder ? ['--', `${folder}/`] : [])];
        const result = await git(args, this.top, { maxBytes: MAX_LISTING_BYTES });
        if (result.code !== 0) throw new UsageError(`git cannot list the files of ${commit.slice(0, 12)}: ${result.message}.`);
        const entries: TreeEntry[] = [];
        for (const record of result.stdout.toString('utf8').split('\0')) {
            // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
            const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]+)$/.exec(record);
            if (!match || match[2] !== 'blob' || !/^100[67]/.test(match[1]) || !wanted(match[5])) continue;
            entries.push({ path: match[5], object: match[3], size: Number(match[4]) });
        }
        return entries;
    }

    /** The content of each blob, in one `git cat-file --batch`; `bytes`: their total size, as listed. */
    async read(objects: string[], bytes: number): Promise<Map<string, Buffer>> {
        const contents = new Map<string, Buffer>();
        if (objects.length === 0) return contents;
        // Each blob comes with a header line of its ID, type and size.
        const maxBytes = bytes + objects.length * 100 + 1024;
        const result = await git(['cat-file', '--batch'], this.top, { input: objects.join('\n') + '\n', maxBytes });
        const out = result.stdout;
        let offset = 0;
        while (offset < out.length) {
            const end = out.indexOf(0x0a, offset);
            if (end < 0) break;
            const [object, type, size] = out.subarray(offset, end).toString('utf8').split(' ');
            offset = end + 1;
            if (type === undefined || size === undefined) continue; // "<object> missing"
            const length = Number(size);
            if (type === 'blob') contents.set(object, out.subarray(offset, offset + length));
            offset += length + 1;
        }
        if (result.code !== 0 && contents.size < objects.length) throw new UsageError(`git cannot read the files of the revision: ${result.message}.`);
        return contents;
    }

    /** A folder on disk as a path of the repository (`''` for its top), or undefined when it is outside. */
    relative(folder: string): string | undefined {
        const relative = path.relative(this.top, fs.realpathSync(folder));
        if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
        return relative.split(path.sep).join('/');
    }
}
