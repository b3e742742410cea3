/**
 * Loops in the alignment graph (objective → the objectives it `aligns` to). Tarjan's strongly
 * connected components, explored lazily from the objectives asked about and remembered, so
 * checking a few files walks only the chains above their objectives. Iterative, so that long
 * chains cannot overflow the stack, and linear in the size of a loop however large: a loop of
 * thousands of objectives costs two breadth-first searches, not one per member.
 */
import type { Objective } from '../grammar/generated/ast.js';
import { isObjective } from '../grammar/generated/ast.js';

const parentsOf = (objective: Objective): Objective[] =>
    objective.aligns.map(ref => ref.ref).filter(isObjective);

/** Up to this many members, each gets the shortest loop through it (a search per member). */
const EXACT_UP_TO = 64;

export interface AlignmentLoop {
    /** Every objective of the loop's component (shared by all of them). */
    readonly members: ReadonlySet<Objective>;
    /** How many steps lead from the objective back to it. */
    readonly length: number;
    /** The loop from the objective, at most `limit` objectives of it (the objective first). */
    path(limit: number): Objective[];
}

export class AlignmentLoops {
    /** Explored objectives: their loop, or null when they are on none. */
    private readonly known = new Map<Objective, AlignmentLoop | null>();

    /** The loop that leads back to the objective, if it is on one. */
    loopOf(objective: Objective): AlignmentLoop | undefined {
        if (!this.known.has(objective)) this.explore(objective);
        return this.known.get(objective) ?? undefined;
    }

    private explore(root: Objective): void {
        const index = new Map<Objective, number>();
        const low = new Map<Objective, number>();
        const stack: Objective[] = [];
        const onStack = new Set<Objective>();
        const work: Array<{ node: Objective; next: Objective[]; at: number }> = [];
        const open = (node: Objective) => {
            index.set(node, index.size);
            low.set(node, index.size - 1);
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: parentsOf(node), at: 0 });
        };
        open(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.at < frame.next.length) {
                const child = frame.next[frame.at++];
                // Objectives explored before belong to finished components: no loop through them leads here.
                if (this.known.has(child)) continue;
                if (!index.has(child)) open(child);
                else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === index.get(frame.node)) {
                const component = stack.splice(stack.lastIndexOf(frame.node));
                component.forEach(member => onStack.delete(member));
                this.finish(component);
            }
        }
    }

    private finish(component: Objective[]): void {
        const members = new Set(component);
        const isLoop = component.length > 1 || parentsOf(component[0]).includes(component[0]);
        if (!isLoop) {
            this.known.set(component[0], null);
            return;
        }
        if (component.length <= EXACT_UP_TO) {
            for (const objective of component) {
                const loop = shortestLoop(objective, members);
                this.known.set(objective, { members, length: loop.length, path: limit => loop.slice(0, limit) });
            }
            return;
        }
        const through = loopsThrough(component[0], members);
        for (const objective of component) this.known.set(objective, through(objective));
    }
}

/** Breadth-first inside the loop's component, so the message shows the shortest loop. */
function shortestLoop(start: Objective, members: ReadonlySet<Objective>): Objective[] {
    const cameFrom = new Map<Objective, Objective>();
    const queue = [start];
    for (let i = 0; i < queue.length; i++) {
        const current = queue[i];
        for (const parent of parentsOf(current)) {
            if (parent === start) {
                const path = [current];
                while (path[0] !== start) path.unshift(cameFrom.get(path[0])!);
                return path;
            }
            if (members.has(parent) && !cameFrom.has(parent)) {
                cameFrom.set(parent, current);
                queue.push(parent);
            }
        }
    }
    return [start];
}

/**
 * For a large component: a loop through any member `v` goes from `v` to a hub (shortest path
 * to it) and back from the hub to `v` (shortest path from it). Two searches from the hub give
 * both for every member; each member's first few steps are kept, not its whole loop.
 */
function loopsThrough(hub: Objective, members: ReadonlySet<Objective>): (objective: Objective) => AlignmentLoop {
    const LIMIT = 16;
    // From the hub along `aligns`: distance and the first LIMIT objectives of the way there.
    const fromHub = new Map<Objective, { distance: number; prefix: Objective[] }>([[hub, { distance: 0, prefix: [hub] }]]);
    const queue = [hub];
    for (let i = 0; i < queue.length; i++) {
        const { distance, prefix } = fromHub.get(queue[i])!;
        for (const parent of parentsOf(queue[i])) {
            if (!members.has(parent) || fromHub.has(parent)) continue;
            fromHub.set(parent, { distance: distance + 1, prefix: prefix.length < LIMIT ? [...prefix, parent] : prefix });
            queue.push(parent);
        }
    }
    // Towards the hub: each member's next step on a shortest way to it.
    const children = new Map<Objective, Objective[]>();
    for (const member of members) {
        for (const parent of parentsOf(member)) {
            if (!members.has(parent)) continue;
            const list = children.get(parent);
            if (list) list.push(member);
            else children.set(parent, [member]);
        }
    }
    const toHub = new Map<Objective, { distance: number; next?: Objective }>([[hub, { distance: 0 }]]);
    const back = [hub];
    for (let i = 0; i < back.length; i++) {
        for (const child of children.get(back[i]) ?? []) {
            if (toHub.has(child)) continue;
            toHub.set(child, { distance: toHub.get(back[i])!.distance + 1, next: back[i] });
            back.push(child);
        }
    }
    // The hub itself: out to the nearest member that aligns back to it.
    const lastBeforeHub = (children.get(hub) ?? []).reduce((best, member) =>
        (fromHub.get(member)!.distance < fromHub.get(best)!.distance ? member : best));
    return objective => {
        const length = objective === hub ? fromHub.get(lastBeforeHub)!.distance + 1 : toHub.get(objective)!.distance + fromHub.get(objective)!.distance;
        const path = (limit: number) => {
            if (objective === hub) return fromHub.get(lastBeforeHub)!.prefix.slice(0, limit);
            const steps: Objective[] = [];
            for (let at: Objective | undefined = objective; at && at !== hub && steps.length < limit; at = toHub.get(at)!.next) steps.push(at);
            // Then from the hub back to the objective (its own entry ends the way, so it is left out).
            for (const step of fromHub.get(objective)!.prefix) {
                if (steps.length >= limit || step === objective) break;
                steps.push(step);
            }
            return steps;
        };
        return { members, length, path };
    };
}
