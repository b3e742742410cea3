/** Types for generate.mjs, so TypeScript tests and tools can import the generator. */
export interface GeneratedFile { path: string; text: string; merged?: boolean }
export interface GeneratedStats { files: number; lines: number; units: number; objectives: number; keyResults: number; kpis: number }
export interface Generated { files: GeneratedFile[]; today: string; stats: GeneratedStats }
interface CommonOptions { seed?: string | number; from?: string; today?: string; prefix?: string }

export const MARKER: string;
export function generateWorkspace(options: CommonOptions & { teams: number; quarters: number; mergeLines?: number }): Generated;
export function generateSingleFile(options: CommonOptions & { lines: number; quarters?: number }): Generated;
export const PEER_SHAPE: { objectives: number; keyResults: number; kpis: number };
export function generatePeerContent(options?: CommonOptions & { teams?: number; name?: string }): Generated & { stats: GeneratedStats & { teams: number } };
export function generatePeerContentOfLines(options: CommonOptions & { lines: number; name?: string }): Generated & { stats: GeneratedStats & { teams: number } };
export function writeFiles(dir: string, files: GeneratedFile[]): void;
