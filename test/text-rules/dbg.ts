import { judgeKeyResultTitle as k, judgeObjectiveTitle as o } from '../../packages/language/src/text-rules/index.js';
import * as fs from 'node:fs';
import { execSync } from 'node:child_process';
const files = execSync("grep -rl 'kr \\|objective ' test/fixtures examples test/e2e/fixtures --include=*.okr").toString().trim().split('\n');
let bad = 0, total = 0;
for (const f of files) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    const kr = /\bkr\s+(?:\w+\s+)?"([^"]*)"/.exec(line); const ob = /\bobjective\s+\w+\s+"([^"]*)"/.exec(line);
    const expectsAct = /expect:.*activity-key-result/.test(line), expectsMnt = /expect:.*maintenance-objective/.test(line);
    const checked = /checks:/.test(fs.readFileSync(f, 'utf8')) ;
    if (kr) { total++; const got = !!k(kr[1]); if (got !== expectsAct && (expectsAct || /expect:|^\s*kr/.test(line))) { if (got || expectsAct) { bad++; console.log(f, 'KR', JSON.stringify(kr[1]), 'got', got, 'expected', expectsAct); } } }
    if (ob) { total++; const got = !!o(ob[1]); if (got !== expectsMnt) { bad++; console.log(f, 'OBJ', JSON.stringify(ob[1]), 'got', got, 'expected', expectsMnt); } }
  }
}
console.log({ total, bad });
