/**
 * The parser stops at the 100th syntax error, as compilers do (clang stops at 20). Past that a
 * file is seldom an .okr file, nobody reads the rest of the errors, and error recovery is the
 * parser's costliest path: a 1 MB file of unclosed blocks took 3 s to parse, each keystroke in
 * it as long. The rest of the file is not parsed, so not checked, and one more diagnostic says
 * so where parsing stopped.
 */
import type { IRecognitionException, IToken } from 'chevrotain';

export const MAX_SYNTAX_ERRORS = 100;

export const PARSING_STOPPED_MESSAGE = `Too many syntax errors: okr stops parsing a file after ${MAX_SYNTAX_ERRORS}, so nothing from here to the end of the file is checked. Fix the errors above first, or check that this is an .okr file.`;

/** The part of Chevrotain's parser (11.x) that records errors and hands out tokens. */
interface ErrorRecordingParser {
    _errors: IRecognitionException[];
    tokVectorLength: number;
    currIdx: number;
    SAVE_ERROR(error: IRecognitionException): IRecognitionException;
    LA(howMuch: number): IToken;
}

export function stopAtSyntaxErrorLimit(wrapper: ErrorRecordingParser): void {
    const saveError = wrapper.SAVE_ERROR;
    wrapper.SAVE_ERROR = function (this: ErrorRecordingParser, error) {
        // Past the limit the errors only come from the input cut short (unclosed blocks at its end).
        if (this._errors.length > MAX_SYNTAX_ERRORS) return error;
        const saved = saveError.call(this, error);
        if (this._errors.length === MAX_SYNTAX_ERRORS) {
            const next = this.LA(1);
            const token = Number.isFinite(next.startOffset) ? next : error.token;
            // The tokens after the current one look like the end of input (Chevrotain's LA reads
            // tokVectorLength; the next parse's `input` resets it).
            this.tokVectorLength = this.currIdx + 1;
            this._errors.push({ name: 'ParsingStopped', message: PARSING_STOPPED_MESSAGE, token, resyncedTokens: [], context: error.context });
        }
        return saved;
    };
}
