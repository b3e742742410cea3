import { it } from 'vitest';
import { Fuzzer, makeCase } from './campaign.js';
import { formatText, createOkrServices } from 'okr-language';
import { EmptyFileSystem } from 'langium';
it('one', async () => {
  const fuzzer = new Fuzzer(process.cwd());
  const c = makeCase(fuzzer.corpus, Number(process.env.SEED ?? 1), Number(process.env.CASE));
  console.log(JSON.stringify(c.text));
  const { Okr } = createOkrServices(EmptyFileSystem);
  const f1 = await formatText(Okr, c.text);
  const f2 = await formatText(Okr, f1!);
  console.log('F1>>>' + f1 + '<<<');
  console.log('F2>>>' + f2 + '<<<');
}, 60000);
