/**
 * `npm run book` for one edition (zh-hk: its book PDF, its EPUB and its vertical EPUB), read as a
 * reader's tools read them: the PDF with pdf.js (contents page numbers against where each chapter
 * starts, a bookmark per chapter, Traditional text in Hong Kong's typefaces, tagged, metadata), each
 * EPUB with W3C EPUBCheck; the cover then offers the three files with their sizes.
 * `npm run book:check` checks every edition's books.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { readOutline, readInfo } from '../../scripts/book/pdf-outline.ts';
import { readPdf } from '../../scripts/pdf-check.ts';
import { bookProblems } from '../../scripts/book/book-check.ts';
import { epubcheck } from '../../scripts/book/epubcheck.ts';
import { readFace } from '../../src/fonts/coverage.ts';
import { faceStacks } from '../../src/fonts/typefaces.ts';

let run: ReturnType<typeof spawnSync>;
beforeAll(() => {
  run = spawnSync('npm', ['run', 'book', '--', '--edition', 'zh-hk'], { encoding: 'utf8' });
}, 400_000);

const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');
const chapters = ['幻方與螢火', 'V3與R1', '震盪', '星際之門', '五場爭論'];

describe('npm run book (zh-hk)', () => {
  it('writes the book PDF and both EPUBs', () => {
    expect(run.status, String(run.stderr)).toBe(0);
    for (const f of ['zh-hk.pdf', 'zh-hk.epub', 'zh-hk-vertical.epub'])
      expect(run.stdout).toContain(`dist/book/${f}`);
  });

  it('the book PDF: contents match the pages, a bookmark per chapter, Hong Kong text and faces', async () => {
    const bytes = new Uint8Array(readFileSync('dist/book/zh-hk.pdf'));
    const outline = await readOutline(bytes);
    const { pages, fonts } = await readPdf(bytes.slice());
    const contents = squash(pages[1]!);
    for (const title of chapters) {
      const mark = outline.find((b) => b.depth === 0 && b.title === title);
      expect(mark, title).toBeDefined();
      expect(contents).toMatch(new RegExp(`${title}${mark!.page}(?!\\d)`));
      expect(mark!.page % 2, `${title} opens on a right-hand page`).toBe(1);
      expect(squash(pages[mark!.page - 1]!)).toContain(title);
    }
    // Hong Kong's typefaces draw the book; another edition's face only a character they lack
    // (the Simplified example on the sources page)
    expect(fonts.map((f) => f.name)).toEqual(
      expect.arrayContaining(['NotoSerifHK-Regular', 'NotoSansHK-Regular']),
    );
    const hk = readFace(faceStacks('zh-hk')[0]!.faces[0]!).covers;
    for (const font of fonts.filter((f) => !/^NotoS(erif|ans)HK-/.test(f.name)))
      expect(
        [...font.chars].filter((c) => /\S/.test(c) && hk.has(c.codePointAt(0)!)),
        font.name,
      ).toEqual([]);
    const all = squash(pages.join(''));
    expect(all).toContain('螢火');
    expect(all).not.toContain('萤火');
    expect(await readInfo(bytes)).toMatchObject({ language: 'zh-HK', tagged: true });
    expect(await bookProblems('zh-hk.pdf', 'zh-hk', bytes, chapters)).toEqual([]);
  });

  it.each(['zh-hk.epub', 'zh-hk-vertical.epub'])(
    '%s passes EPUBCheck with nothing to report',
    (file) => {
      expect(epubcheck(`dist/book/${file}`)).toEqual([]);
    },
  );

  it('the vertical EPUB reads right to left, in vertical lines, with footnotes and charts', () => {
    const files = unzipSync(new Uint8Array(readFileSync('dist/book/zh-hk-vertical.epub')));
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain('page-progression-direction="rtl"');
    expect(opf).toContain('<dc:language>zh-Hant-HK</dc:language>');
    expect(strFromU8(files['OEBPS/style.css']!)).toContain('writing-mode: vertical-rl');
    const chapter = strFromU8(files['OEBPS/02-huanfang.xhtml']!);
    expect(chapter).toContain('epub:type="footnote"');
    expect(chapter).toContain('<svg');
    expect(chapter).toContain('class="tcy"');
    expect(chapter).toContain('螢火');
  });

  it('the cover offers the three files with their sizes', () => {
    const cover = readFileSync('dist/zh-hk/index.html', 'utf8');
    expect(cover).toMatch(/<section class="book-downloads" data-book-downloads aria/);
    for (const f of ['zh-hk.pdf', 'zh-hk.epub', 'zh-hk-vertical.epub'])
      expect(cover).toMatch(
        new RegExp(`data-book-file="book/${f}"><a href="/book/${f}"[\\s\\S]*?\\d+(\\.\\d)? [KM]B`),
      );
  });
});
