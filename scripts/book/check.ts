/**
 * `npm run book:check`: checks every book in dist/book/ as a reader's tools would: each book PDF
 * with pdf.js (contents page numbers against the pages where the chapters start, a bookmark per
 * chapter, text in the edition's script, only the edition's typefaces, tagged, metadata), each EPUB
 * with W3C EPUBCheck (0 errors, 0 warnings). Prints one line per file; fails naming each problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { editions } from '../../src/editions/editions.ts';
import { bookFiles } from '../../src/book/book-files.ts';
import { chapterSlugs } from './book-frame.ts';
import { bookProblems } from './book-check.ts';
import { epubcheck, epubProblems } from './epubcheck.ts';

const dist = 'dist';
const problems: string[] = [];
for (const edition of editions) {
  // the chapter titles as the edition's pages give them
  const titles = chapterSlugs(dist, edition.id).map((slug) => {
    const html = readFileSync(join(dist, edition.id, slug, 'index.html'), 'utf8');
    return (/<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] ?? slug).trim();
  });
  for (const { file, kind } of bookFiles(edition.id)) {
    const path = join(dist, file);
    if (!existsSync(path)) {
      problems.push(`${path}: missing (run npm run book)`);
      continue;
    }
    const found =
      kind === 'pdf'
        ? await bookProblems(path, edition.id, new Uint8Array(readFileSync(path)), titles)
        : epubProblems(epubcheck(path)).map(
            (m) => `${path}: EPUBCheck ${m.severity} ${m.id} ${m.message} (${m.where})`,
          );
    console.log(`${found.length ? 'FAIL' : 'ok  '} ${path}`);
    problems.push(...found);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
