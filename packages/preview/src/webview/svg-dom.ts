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
