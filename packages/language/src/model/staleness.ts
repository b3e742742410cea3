/**
 * When a key result's check-ins are stale (the `stale-checkin` rule): in a cycle that is running
 * today, no check-in although the cycle started `days` or more ago, or the latest one more than
 * `days` old. Pure, so that the check and `okr report` judge alike.
 */
import type { KeyResult } from '../grammar/generated/ast.js';
import { contains, type Cycle } from './cycles.js';
import { parseDay } from './dates.js';

export type Staleness =
    | { kind: 'never'; cycleStart: number }
    | { kind: 'old'; latest: number; age: number };

export function checkinStaleness(kr: KeyResult, cycle: Cycle | undefined, today: number, days: number): Staleness | undefined {
    if (!cycle || !contains(cycle, today)) return undefined;
    let latest: number | undefined;
    for (const checkin of kr.checkins) {
        const day = parseDay(checkin.date);
        if (day !== undefined && (latest === undefined || day > latest)) latest = day;
    }
    if (latest === undefined) return today - cycle.start >= days ? { kind: 'never', cycleStart: cycle.start } : undefined;
    return today - latest > days ? { kind: 'old', latest, age: today - latest } : undefined;
}
