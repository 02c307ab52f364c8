/**
 * `npm run story:counts`: the story's measures per chapter (Han characters a reader reads,
 * （见第X章） signposts, whether the chapter ends in a coda) and the limits they break, each
 * named with its file. Exits 1 when a limit is broken. The same check runs in the unit tests
 * (tests/unit/authoring/story-counts.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { factStore } from '../src/data/registry.ts';
import { factText } from '../src/facts/index.ts';

const { getFact } = factStore();
import { measureStory } from '../src/authoring/story-counts.ts';

const dir = 'content/chapters';
const chapters = readdirSync(dir)
  .filter((f) => /^0[1-9]-.*\.mdx$/.test(f))
  .sort()
  .map((f) => ({ name: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
const {
  chapters: rows,
  totalHan,
  problems,
} = measureStory(chapters, (id, magnitude) => factText(getFact(id, 'story counts'), { magnitude }));
for (const r of rows)
  console.log(
    `${r.name.padEnd(36)} ${String(r.han).padStart(6)} Han  ${r.signposts} signposts${r.coda ? '  coda' : ''}`,
  );
console.log(`${'chapters 1–5'.padEnd(36)} ${String(totalHan).padStart(6)} Han`);
for (const p of problems) console.log(`FAIL  ${p}`);
process.exit(problems.length ? 1 : 0);
