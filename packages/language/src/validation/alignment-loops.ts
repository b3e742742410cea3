/**
 * Loops in the alignment graph (objective → the objectives it `aligns` to). Tarjan's strongly
 * connected components, explored lazily from the objectives asked about and remembered, so
 * checking a few files walks only the chains above their objectives. Iterative, so that long
 * chains cannot overflow the stack.
 */
import type { Objective } from '../generated/ast.js';
import { isObjective } from '../generated/ast.js';

const parentsOf = (objective: Objective): Objective[] =>
    objective.aligns.map(ref => ref.ref).filter(isObjective);

export class AlignmentLoops {
    /** Explored objectives: their loop, or null when they are on none. */
    private readonly known = new Map<Objective, Objective[] | null>();

    /** The loop `[objective, …]` that leads back to the objective, if it is on one. */
    loopOf(objective: Objective): Objective[] | undefined {
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
            if (low.get(frame.node) === index.get(frame.node)) this.finish(stack.splice(stack.indexOf(frame.node)));
        }
    }

    private finish(component: Objective[]): void {
        const members = new Set(component);
        const isLoop = component.length > 1 || parentsOf(component[0]).includes(component[0]);
        for (const objective of component) this.known.set(objective, isLoop ? shortestLoop(objective, members) : null);
    }
}

/** Breadth-first inside the loop's component, so the message shows the shortest loop. */
function shortestLoop(start: Objective, members: Set<Objective>): Objective[] {
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
