/**
 * A git repository of goals that a test builds: a copy of examples/acme in `goals/`, then one
 * commit per change. Each edit replaces text that must be there exactly once, so that a change
 * to the examples fails the test loudly instead of committing nothing.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './run-okr.js';

export type Edit = (text: string) => string;
/** File (relative to the repository) → its new text from the old one; null deletes the file. */
export type Edits = Record<string, Edit | null>;

export class GoalRepo {
    constructor(readonly dir: string) {}

    static create(dir: string, examples = 'examples/acme'): GoalRepo {
        fs.mkdirSync(dir, { recursive: true });
        const repo = new GoalRepo(dir);
        repo.git('init', '-q', '-b', 'main');
        repo.git('config', 'user.name', 'Goal Tester');
        repo.git('config', 'user.email', 'goals@example.com');
        repo.git('config', 'commit.gpgsign', 'false');
        fs.cpSync(path.join(REPO, examples), path.join(dir, 'goals'), { recursive: true });
        repo.git('add', '-A');
        repo.git('commit', '-q', '-m', 'Goals from the examples');
        return repo;
    }

    git(...args: string[]): string {
        return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    }

    /** Applies the edits to the working tree, without committing. */
    edit(edits: Edits): void {
        for (const [file, edit] of Object.entries(edits)) {
            const full = path.join(this.dir, file);
            if (edit === null) {
                fs.rmSync(full);
                continue;
            }
            const before = fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : '';
            fs.mkdirSync(path.dirname(full), { recursive: true });
            fs.writeFileSync(full, edit(before));
        }
    }

    /** Applies the edits and commits them; returns the commit. */
    commit(message: string, edits: Edits): string {
        this.edit(edits);
        this.git('add', '-A');
        this.git('commit', '-q', '--allow-empty', '-m', message);
        return this.git('rev-parse', 'HEAD');
    }
}

/** Replaces `from`, which must occur exactly once; `to` may be worked out when the edit runs. */
export const replace = (from: string, to: string | (() => string)): Edit => text => {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one ${JSON.stringify(from)}`);
    return text.slice(0, at) + (typeof to === 'string' ? to : to()) + text.slice(at + from.length);
};

/** Several edits of one file, in order. */
export const all = (...edits: Edit[]): Edit => text => edits.reduce((current, edit) => edit(current), text);

export const append = (more: string | (() => string)): Edit => text => text + (typeof more === 'string' ? more : more());
