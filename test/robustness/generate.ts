/** Large and pathological `.okr` texts for the server survival tests. */

/** About `bytes` characters of a realistic organization: teams with KPIs, objectives, KRs and check-ins. */
export function organizationOfSize(bytes: number): string {
    const parts = ['company acme "Acme" { lead "Dana Reyes" }\nstrategy win "Win enterprise accounts"\n\n'];
    let size = parts[0].length;
    for (let i = 0; size < bytes; i++) {
        const part = `team t${i} "Team ${i}" in acme { lead "Lead ${i}" }
kpis t${i} {
  kpi k${i} "Median time to value ${i}" {
    owner "Lead ${i}"
    definition "Median days from signature to first value"
    expected 10..14 days
    cadence weekly
    reading 2026-10-05 = 16
    reading 2026-11-02 = 12
  }
}
okrs t${i} 2026-Q4 {
  objective o${i} "Make onboarding effortless for segment ${i}" {
    owner "Lead ${i}"
    aligns win
    guardrails k${i}
    kr r${i} "Cut median time-to-first-value" {
      from 21 to 10 days
      moves k${i}
      checkin 2026-10-14 = 18
      checkin 2026-11-04 = 14 confidence 0.6 "Pilot is live"
    }
  }
}
`;
        parts.push(part);
        size += part.length;
    }
    return parts.join('');
}

/** One unit with `count` objectives in one cycle, each with one key result. */
export function unitWithObjectives(count: number): string {
    const lines = ['team squad "Squad" { lead "Kim Park" }', 'strategy win "Win"', 'okrs squad 2026-Q4 {'];
    for (let i = 0; i < count; i++) {
        lines.push(`  objective o${i} "Raise activation in cohort ${i}" {`, '    owner "Kim Park"', '    aligns win', `    kr "Raise week-one activation of cohort ${i}" from 35% to 60%`, '  }');
    }
    lines.push('}', '');
    return lines.join('\n');
}

/** For each length 1..maxLength, objectives `c<L>_0 … c<L>_<L-1>` where each aligns to the next and the last to the first. */
export function alignmentCycles(maxLength: number): { text: string; objectives: number } {
    const lines = ['company acme "Acme" { lead "Dana" }', 'okrs acme 2026-Q4 {'];
    let objectives = 0;
    for (let length = 1; length <= maxLength; length++) {
        for (let i = 0; i < length; i++) {
            lines.push(`  objective c${length}_${i} "Cycle ${length}, step ${i}" { owner "Dana" aligns c${length}_${(i + 1) % length} kr "Raise metric" from 1 to 2 }`);
            objectives++;
        }
    }
    lines.push('}', '');
    return { text: lines.join('\n'), objectives };
}
