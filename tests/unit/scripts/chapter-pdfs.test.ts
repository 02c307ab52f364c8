import { describe, expect, it } from 'vitest';
import { formatSize, revealPdfLink } from '../../../scripts/chapter-pdfs.ts';
import { addressProblems } from '../../../scripts/pdf-check.ts';

describe('the PDF link of a chapter page', () => {
  it('gives a size as a reader reads it', () => {
    expect(formatSize(860_400)).toBe('860 KB');
    expect(formatSize(1_234_567)).toBe('1.2 MB');
    expect(formatSize(120)).toBe('1 KB');
  });

  it('is revealed with its address and size once the PDF exists', () => {
    const html =
      '<div class="print-tools"><a class="pdf-link" data-pdf-link="/s/pdf/zh-tw/shock.pdf" hidden>下載本章 PDF<span class="pdf-size" data-pdf-size></span></a></div>';
    expect(revealPdfLink(html, 1_500_000)).toBe(
      '<div class="print-tools"><a class="pdf-link" href="/s/pdf/zh-tw/shock.pdf" data-pdf-link="/s/pdf/zh-tw/shock.pdf" type="application/pdf">下載本章 PDF<span class="pdf-size" data-pdf-size>（1.5 MB）</span></a></div>',
    );
  });
});

describe('the addresses of a PDF to hand out', () => {
  it('a loopback address shown or linked is a problem, naming the file', () => {
    const contents = (pages: string[], links: string[]) => ({ pages, fonts: [], links });
    expect(
      addressProblems('a.pdf', contents(['幻方与萤火'], ['https://example.org/zh-cn/'])),
    ).toEqual([]);
    expect(addressProblems('a.pdf', contents(['http://127.0.0.1:4321/zh-cn/'], []))).toEqual([
      'a.pdf: shows or links a loopback address (127.0.0.1)',
    ]);
    expect(
      addressProblems('a.pdf', contents([], ['http://localhost:44049/zh-cn/sources/'])),
    ).toEqual(['a.pdf: shows or links a loopback address (localhost)']);
  });
});
