/**
 * `npm run editions:score`: how many corpus sentences raw opencc-js (cn→twp, cn→hk) and the
 * project's conversion get exactly right, per edition; lists the project's misses.
 */
import * as OpenCC from 'opencc-js';
import { converterFor } from '../src/editions/converters.ts';
import { convertSentence, corpusFile, loadCorpus, plainSource } from '../src/editions/corpus.ts';

const corpus = loadCorpus();
const raw = {
  'zh-tw': OpenCC.Converter({ from: 'cn', to: 'twp' }),
  'zh-hk': OpenCC.Converter({ from: 'cn', to: 'hk' }),
} as const;
console.log(`${corpusFile}: ${corpus.length} sentences`);
for (const edition of ['zh-tw', 'zh-hk'] as const) {
  const ours = converterFor(edition);
  let rawRight = 0;
  const misses: string[] = [];
  for (const s of corpus) {
    if (raw[edition](plainSource(s.cn)) === s[edition]) rawRight++;
    const got = convertSentence(s.cn, ours, edition);
    if (got !== s[edition]) misses.push(`  ${s.cn}\n    want ${s[edition]}\n    got  ${got}`);
  }
  console.log(
    `${edition}: raw opencc-js ${rawRight}/${corpus.length}, project ${corpus.length - misses.length}/${corpus.length}`,
  );
  if (misses.length) console.log(misses.join('\n'));
}
