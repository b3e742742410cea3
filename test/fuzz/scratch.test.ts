import { it } from 'vitest';
import { Fuzzer, runCampaign, formatFailure } from './campaign.js';
it('scratch', async () => {
  const fuzzer = new Fuzzer(process.cwd());
  console.log('corpus', fuzzer.corpus.length);
  const s = await runCampaign(fuzzer, { seed: 1, cases: Number(process.env.N ?? 200) });
  console.log(JSON.stringify({ cases: s.cases, parsed: s.parsed, fails: s.failures.length, slowest: s.slowest, median: s.medianMs, total: s.totalMs }));
  const seen = new Set();
  for (const f of s.failures) { const k = f.problems[0].split('\n')[0].slice(0, 60); if (seen.has(k)) continue; seen.add(k); console.log(formatFailure(f).slice(0, 2500)); }
}, 600000);
