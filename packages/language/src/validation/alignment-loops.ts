/**
 * Loops in the alignment graph (objective → the objectives it `aligns` to), found once per
 * build: Tarjan's strongly connected components, iteratively so that long chains cannot
 * overflow the stack, then the shortest way back to itself for every objective in a loop.
 */
import type { Objective } from '../generated/ast.js';
import { isObjective } from '../generated/ast.js';

const parentsOf = (objective: Objective): Objective[] =>
    objective.aligns.map(ref => ref.ref).filter(isObjective);

/** For every objective on a loop: the loop from it, `[objective, …]`, back to it. */
export function alignmentLoops(objectives: Objective[]): Map<Objective, Objective[]> {
    const loops = new Map<Objective, Objective[]>();
    for (const component of stronglyConnected(objectives)) {
        const members = new Set(component);
        const isLoop = component.length > 1 || parentsOf(component[0]).includes(component[0]);
        if (!isLoop) continue;
        for (const objective of component) loops.set(objective, shortestLoop(objective, members));
    }
    return loops;
}

function stronglyConnected(objectives: Objective[]): Objective[][] {
    const index = new Map<Objective, number>();
    const low = new Map<Objective, number>();
    const onStack = new Set<Objective>();
    const stack: Objective[] = [];
    const components: Objective[][] = [];
    for (const root of objectives) {
        if (index.has(root)) continue;
        const work: Array<{ node: Objective; next: Objective[]; at: number }> = [];
        const open = (node: Objective) => {
            index.set(node, index.size);
            low.set(node, index.get(node)!);
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: parentsOf(node), at: 0 });
        };
        open(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            if (frame.at < frame.next.length) {
                const child = frame.next[frame.at++];
                if (!index.has(child)) open(child);
                else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === index.get(frame.node)) {
                const component: Objective[] = [];
                let member: Objective;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                components.push(component);
            }
        }
    }
    return components;
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
