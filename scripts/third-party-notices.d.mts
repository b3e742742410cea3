/** Types for third-party-notices.mjs, for the test that keeps the notices complete and fresh. */
export interface ShippedArtifact { notices: string; name: string; entries: string[]; committed?: boolean }
export const SHIPPED: ShippedArtifact[];
export function noticesFor(shipped: ShippedArtifact): Promise<string>;
export function writeNotices(shipped: ShippedArtifact, text: string): void;
