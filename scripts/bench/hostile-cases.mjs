/**
 * Generated hostile workspaces, in the families that once made okr quadratic: one alignment
 * loop through every objective, one ID shared by every objective, blocks opened and never
 * closed, and very long titles. Used by test/hostile (that they finish, with bounded output)
 * and by `npm run bench` (seconds per MB of input, the slowest family).
 */

/** `n` objectives, each aligning to the next, the last to the first. */
export function alignmentLoop(n) {
    const lines = ['company acme "Acme" { lead "Dana" }', 'okrs acme 2026-Q4 {'];
    for (let i = 0; i < n; i++) {
        lines.push(`  objective o${i} "Grow segment ${i}" { owner "Kim" aligns o${(i + 1) % n} kr "Raise revenue of segment ${i}" from 1 to 2 }`);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** `n` objectives with the same ID, in one unit and cycle. */
export function duplicateIds(n) {
    const lines = ['company acme "Acme" { lead "Dana" }', 'okrs acme 2026-Q4 {'];
    for (let i = 0; i < n; i++) lines.push(`  objective same "Grow the business" { owner "Kim" kr "Raise revenue" from 1 to 2 }`);
    lines.push('}');
    return lines.join('\n') + '\n';
}

/** `n` blocks opened inside each other and never closed. */
export function nestedUnclosed(n) {
    return 'company acme "Acme"\n' + 'okrs acme 2026-Q4 { objective o "Grow" { kr "Raise" { '.repeat(n) + '\n';
}

/** One key result and one objective whose titles are `chars` long: words, numbers and measure-like text repeated. */
export function longTitles(chars) {
    const unit = 'from 10% to 20% by 30 days per week every day launch 12 blog posts and ';
    const title = unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars).replace(/"/g, '');
    return `company acme "Acme" { lead "Dana" }\nokrs acme 2026-Q4 {\n  objective o "Maintain ${title}" { owner "Kim" kr "Launch ${title}" from 1 to 2 }\n}\n`;
}

/** The families at a size, for tests and the bench: name → text. */
export function hostileCases(scale = 1) {
    return {
        'alignment loop': alignmentLoop(10_000 * scale),
        'duplicate IDs': duplicateIds(10_000 * scale),
        'nested unclosed blocks': nestedUnclosed(10_000 * scale),
        'long titles': longTitles(500_000 * scale),
    };
}
