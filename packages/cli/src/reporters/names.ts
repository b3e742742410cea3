/** The `okr check --format` choices, in the order `--help` lists them (the reporters: engine/check.ts). */
export const REPORTER_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'markdown'] as const;

export type ReporterName = typeof REPORTER_NAMES[number];
