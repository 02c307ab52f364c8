/**
 * `npm run pdf`: renders every chapter of every edition of dist/ to dist/pdf/<edition>/<chapter>.pdf
 * (scripts/chapter-pdfs.ts), printing progress, and reveals each chapter page's PDF link, with
 * its size, once its file exists. Builds the site first if dist/ is missing. A PDF without
 * extractable text in its edition's script, without an embedded font of the edition's typeface,
 * or showing a loopback address fails the command, naming the file.
 * Options: --edition zh-tw (one edition), --chapter huanfang (one chapter).
 * For a host, `npm run release` builds with the public address and writes every PDF.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chapterTargets, writeChapterPdfs } from './chapter-pdfs.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const onlyEdition = option('--edition');
const onlyChapter = option('--chapter');
const dist = 'dist';

if (!existsSync(join(dist, 'index.html'))) {
  console.log('dist/ is missing: building the site first');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

try {
  const targets = chapterTargets(dist).filter(
    (t) => (!onlyEdition || t.edition === onlyEdition) && (!onlyChapter || t.slug === onlyChapter),
  );
  if (targets.length === 0)
    throw new Error(
      `no chapter matches${onlyEdition ? ` --edition ${onlyEdition}` : ''}${onlyChapter ? ` --chapter ${onlyChapter}` : ''}`,
    );
  const written = await writeChapterPdfs(dist, targets);
  console.log(`${written.length} PDFs written to ${join(dist, 'pdf')}/`);
} catch (error) {
  console.error(`npm run pdf: ${(error as Error).message}`);
  process.exitCode = 1;
}
