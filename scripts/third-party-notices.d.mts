/** Types for third-party-notices.mjs, for the test that keeps the notices complete and fresh. */
export interface ShippedArtifact { notices: string; name: string; entries: string[] }
export const SHIPPED: ShippedArtifact[];
export function noticesFor(shipped: ShippedArtifact): Promise<string>;
