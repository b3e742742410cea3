/**
 * An `okr-disable…` comment that silences nothing: remove the code it names from its list,
 * or the whole comment (with its line when it stands alone).
 */
import { quickFix, type QuickFix } from './fix-context.js';

/** `// okr-disable-next-line a, b -- reason`: directive, codes, reason or comment end. */
const DIRECTIVE = /^((?:\/\/|\/\*)\s*okr-[a-z-]+)([^*]*?)(\s+--\s.*|\s*\*\/)?$/s;

export const removeUnusedSuppression: QuickFix = context => {
    const { text, diagnostic } = context;
    const start = context.document.textDocument.offsetAt(diagnostic.range.start);
    const end = context.document.textDocument.offsetAt(diagnostic.range.end);
    const match = DIRECTIVE.exec(text.text.slice(start, end));
    if (!match) return [];
    const [, directive, list, rest = ''] = match;
    const codes = list.split(/[\s,]+/).filter(Boolean);
    // The message quotes the one code that silences nothing, when it is one of several.
    const unused = /"([^"]+)"/.exec(diagnostic.message)?.[1];
    if (unused && codes.length > 1 && codes.includes(unused)) {
        const kept = codes.filter(code => code !== unused).join(', ');
        return [quickFix(context, `Remove "${unused}" from this suppression`, [text.edit(start, end, `${directive} ${kept}${rest}`)])];
    }
    const ownLine = text.startsLine(start) && text.endsLine(end);
    const removal = ownLine
        ? text.edit(text.lineStart(start), text.nextLineStart(end), '')
        : text.edit(start - /[ \t]*$/.exec(text.text.slice(0, start))![0].length, end, '');
    return [quickFix(context, 'Remove this unused suppression', [removal])];
};
