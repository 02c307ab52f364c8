/**
 * `npm run editions:score`: how many corpus sentences raw opencc-js (cn→twp, cn→hk) and the
 * project's conversion get exactly right, per edition and per class (group); lists the
 * project's misses. `-- --corpus <file>` scores another copy of the corpus (for instance the
 * cases as first written, from git), `-- --group <name>` one class only.
 */
import * as OpenCC from 'opencc-js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { converterFor } from '../src/editions/convert/converters.ts';
import {
  convertSentence,
  corpusFile,
  loadCorpus,
  plainSource,
  type CorpusSentence,
} from '../src/editions/check/corpus.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, group: { type: 'string', multiple: true } },
});
const file = values.corpus ?? corpusFile;
const all = values.corpus
  ? (JSON.parse(readFileSync(values.corpus, 'utf8')) as CorpusSentence[])
  : loadCorpus();
const corpus = values.group ? all.filter((s) => values.group!.includes(s.group)) : all;
const raw = {
  'zh-tw': OpenCC.Converter({ from: 'cn', to: 'twp' }),
  'zh-hk': OpenCC.Converter({ from: 'cn', to: 'hk' }),
} as const;
const groups = [...new Set(corpus.map((s) => s.group))];
console.log(`${file}: ${corpus.length} sentences`);
for (const edition of ['zh-tw', 'zh-hk'] as const) {
  const ours = converterFor(edition);
  let rawRight = 0;
  const misses: string[] = [];
  const right = new Map<string, number>();
  for (const s of corpus) {
    if (raw[edition](plainSource(s.cn)) === s[edition]) rawRight++;
    const got = convertSentence(s.cn, ours, edition);
    if (got !== s[edition])
      misses.push(`  [${s.group}] ${s.cn}\n    want ${s[edition]}\n    got  ${got}`);
    else right.set(s.group, (right.get(s.group) ?? 0) + 1);
  }
  const percent = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;
  const mine = corpus.length - misses.length;
  console.log(
    `${edition}: raw opencc-js ${rawRight}/${corpus.length}, project ${mine}/${corpus.length} (${percent(mine, corpus.length)})`,
  );
  for (const group of groups) {
    const of = corpus.filter((s) => s.group === group).length;
    console.log(`  ${group.padEnd(26)} ${String(right.get(group) ?? 0).padStart(3)}/${of}`);
  }
  if (misses.length) console.log(misses.join('\n'));
}
