/** A goals file with problems of several codes, two of one code; shared by the CLI and server baseline tests. */
export const BASELINE_GOALS = `company acme "Acme" { lead "Ann" }

kpis acme {
  kpi nps "Net promoter score" { owner "Ann" }
}

okrs acme 2026-Q4 {
  objective grow "Grow revenue" {
    owner "Ann"
    guardrails churn
    kr "Ship the new pricing page" milestone { checkin 2026-11-01 = 40% }
    kr "Ship the partner portal" milestone { checkin 2026-11-01 = 40% }
  }
}
`;
