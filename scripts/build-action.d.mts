/** Types for build-action.mjs, for the test that keeps the committed bundle fresh. */
export const ACTION_BUNDLE: string;
export function buildActionBundle(): Promise<string>;
