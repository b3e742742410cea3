/**
 * The nodes of an AST in the order of Langium's `streamAst`: depth first, parents before their
 * children, children in property order (properties starting with `$` skipped, arrays element by
 * element). Langium's stream makes a stream, an iterator and a key list for every node; on a
 * large file that was a tenth of a check, walked three times (exports, validation). Iterative,
 * so that deeply nested input cannot overflow the stack.
 */
import { isAstNode, type AstNode } from 'langium';

/** `skipBelow(node)`: leave that node's descendants out (Langium's `prune()`). */
export function nodesInOrder(root: AstNode, { includeRoot = true, skipBelow }: { includeRoot?: boolean; skipBelow?: (node: AstNode) => boolean } = {}): AstNode[] {
    const nodes: AstNode[] = [];
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (node !== root || includeRoot) {
            nodes.push(node);
            if (skipBelow?.(node)) continue;
        }
        const firstChild = stack.length;
        for (const key of Object.keys(node)) {
            if (key.startsWith('$')) continue;
            const value = (node as unknown as Record<string, unknown>)[key];
            if (isAstNode(value)) {
                stack.push(value);
            } else if (Array.isArray(value)) {
                for (const element of value) if (isAstNode(element)) stack.push(element);
            }
        }
        // Pushed in order, popped in reverse: turn this node's children around so the first comes out first.
        for (let low = firstChild, high = stack.length - 1; low < high; low++, high--) {
            const swap = stack[low];
            stack[low] = stack[high];
            stack[high] = swap;
        }
    }
    return nodes;
}
