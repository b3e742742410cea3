/**
 * The first large file a fresh server parses pays for building the parser and for the engine
 * compiling it (about three times the steady cost). Parsing a few thousand sample lines while
 * the editor is still starting up (~60 ms) keeps the first file someone opens as quick as the rest.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { OkrServices } from '../okr-module.js';

const SAMPLE = `company acme "Acme" { lead "Dana" }
department product "Product" in acme
strategy love "Customers love us"
cycle launch "Launch" from 2026-01-05 to 2026-03-27
kpis product {
  kpi nps "NPS" { owner "Kim" definition "Promoters minus detractors" expected 30..60 cadence monthly reading 2026-01-31 = 41 }
  kpi churn "Churn" { expected <= 2% reading 2026-01-31 = 1.8% }
}
okrs product 2026-Q1 {
  committed objective fast "Make setup effortless" {
    owner "Kim" aligns love guardrails churn
    kr ttv "Cut time-to-value" { from 21 to 10 days moves nps weight 2 checkin 2026-01-14 = 18 confidence 0.6 "Pilot" initiative "Wizard" done }
    kr "Ship the wizard" milestone
    kr "Reach 40% activation" to 40%
  }
}
`;

export function warmUpOnStart(shared: LangiumSharedServices, okr: OkrServices): void {
    shared.lsp.LanguageServer.onInitialized(() => {
        setTimeout(() => {
            try {
                okr.parser.LangiumParser.parse(SAMPLE.repeat(200));
            } catch {
                // Only an optimization: the real parse will report whatever went wrong.
            }
        }, 0);
    });
}
