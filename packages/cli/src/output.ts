/**
 * Colour only where a person reads it: on a TTY, never with NO_COLOR (no-color.org),
 * and on request with FORCE_COLOR. picocolors' own detection also colours CI logs, so
 * the decision is made here, per stream.
 */
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Colors {
    return pc.createColors(useColor(stream, env));
}

function useColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
    if (env.NO_COLOR) return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
    return !!stream.isTTY && env.TERM !== 'dumb';
}
