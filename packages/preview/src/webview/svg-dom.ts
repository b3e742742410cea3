/** A sparkline (sparkline.ts) as DOM: elements in the SVG namespace, its accessible name set as text, never parsed as markup. */
import type { SvgNode } from '../sparkline.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgElement(node: SvgNode): SVGElement {
    const element = document.createElementNS(SVG_NS, node.tag);
    for (const [name, value] of Object.entries(node.attributes)) element.setAttribute(name, String(value));
    if (node.text !== undefined) element.textContent = node.text;
    for (const child of node.children ?? []) element.append(svgElement(child));
    return element;
}

// A tree of hundreds of key results would spend most of an update drawing sparklines nobody
// sees: each starts as a placeholder of its size and accessible name, and is drawn as it nears the screen.
const waiting = new WeakMap<Element, SvgNode>();
let observer: IntersectionObserver | undefined;

export function lazySvgElement(node: SvgNode): HTMLElement {
    const slot = document.createElement('span');
    slot.className = 'spark-slot';
    slot.setAttribute('role', 'img');
    slot.setAttribute('aria-label', String(node.attributes['aria-label'] ?? ''));
    slot.style.width = `${node.attributes.width}px`;
    slot.style.height = `${node.attributes.height}px`;
    waiting.set(slot, node);
    if (typeof IntersectionObserver !== 'function') {
        draw(slot);
        return slot;
    }
    observer ??= new IntersectionObserver(entries => {
        for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            observer!.unobserve(entry.target);
            draw(entry.target);
        }
    }, { rootMargin: '300px' });
    observer.observe(slot);
    return slot;
}

/** Before a redraw replaces every placeholder: stop watching the old ones. */
export function forgetLazySvgs(): void {
    observer?.disconnect();
}

function draw(slot: Element): void {
    const node = waiting.get(slot);
    if (!node) return;
    waiting.delete(slot);
    // The drawing carries the accessible name from now on.
    slot.removeAttribute('role');
    slot.removeAttribute('aria-label');
    slot.replaceChildren(svgElement(node));
}
