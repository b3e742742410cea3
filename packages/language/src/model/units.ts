/** The three levels of the cascade, top first: the one ordering of units everybody reads. */
export const UNIT_KINDS = ['company', 'department', 'team'] as const;

/** 0 for a company, 1 for a department, 2 for a team; 3 for a unit of unknown kind (sorted last). */
export function unitLevel(kind: string | undefined): number {
    const level = (UNIT_KINDS as readonly string[]).indexOf(kind ?? '');
    return level < 0 ? UNIT_KINDS.length : level;
}
