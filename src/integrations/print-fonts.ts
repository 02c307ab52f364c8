/**
 * Build-time: gives every page the site's own typefaces for print. After the pages are built it
 * reads the characters each edition's pages use, stops the build when a typeface lacks one of
 * them (naming the character and the pages), subsets each edition's faces to its characters,
 * writes them as WOFF2 with content hashes under _astro/ with one @font-face stylesheet, and links
 * that stylesheet into every page for print only: a screen load requests no font file.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editions, type EditionId } from '../editions/editions.ts';
import { missingGlyphs, describeMissing, readFace } from '../fonts/coverage.ts';
import { planFaces, unicodeRange } from '../fonts/face-plan.ts';
import { fontFaceCss, type WrittenFace } from '../fonts/font-face-css.ts';
import { pageCharacters } from '../fonts/page-text.ts';
import { contentHash, subsetToWoff2 } from '../fonts/subset.ts';
import { faceStacks } from '../fonts/typefaces.ts';

/**
 * Printable ASCII, which every subset keeps: print styles add text of their own (link addresses in
 * <…>, page counters).
 */
const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) =>
  String.fromCharCode(0x20 + i),
);

/** Every .html file under `dir`, as paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * The edition a page belongs to, from its `<html lang>`; pages of no edition (none today) count as
 * the source edition's.
 */
export function editionOfPage(html: string): EditionId {
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  return editions.find((e) => e.lang === lang)?.id ?? 'zh-cn';
}

/**
 * The `<link>` that declares the print typefaces; it applies only when printing. `data-families`
 * names the page's own families, which the print button loads before it prints
 * (src/client/print.ts).
 */
export function printFontsLink(href: string, edition: EditionId): string {
  const families = [...new Set(faceStacks(edition).map((s) => s.family))].join('|');
  return `<link rel="stylesheet" href="${href}" media="print" data-print-fonts data-families="${families}">`;
}

/** The Astro integration that subsets and links the print typefaces after the build. */
export function printFonts(): AstroIntegration {
  let base = '/';
  return {
    name: 'story-print-fonts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = htmlFiles(out).filter((f) => !relative(out, f).startsWith('pagefind'));
        const pages = new Map<EditionId, Map<string, Set<string>>>(
          editions.map((e) => [e.id, new Map()]),
        );
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          pages.get(editionOfPage(html))!.set(relative(out, file), pageCharacters(html));
        }

        const problems: string[] = [];
        const written: WrittenFace[] = [];
        for (const edition of editions) {
          const editionPages = pages.get(edition.id)!;
          const chars = [
            ...new Set([
              ...PRINTABLE_ASCII,
              ...[...editionPages.values()].flatMap((set) => [...set]),
            ]),
          ].sort();
          for (const stack of faceStacks(edition.id)) {
            const plan = planFaces(
              chars,
              stack.faces.map((face) => ({ face, covers: readFace(face).covers })),
            );
            if (plan.missing.length) {
              const covered = new Set(stack.faces.flatMap((face) => [...readFace(face).covers]));
              problems.push(
                describeMissing(
                  `The ${edition.id} ${stack.role} typeface (${stack.faces.map((f) => f.stem).join(', ')})`,
                  missingGlyphs(editionPages, covered),
                ),
              );
              continue;
            }
            for (const { face, chars: drawn } of plan.assigned) {
              const own = face === stack.faces[0];
              const woff2 = await subsetToWoff2(readFace(face).bytes, drawn.join(''));
              const fileName = `${face.stem}${own ? '' : `-for-${edition.id}`}.${contentHash(woff2)}.woff2`;
              writeFileSync(join(out, '_astro', fileName), woff2);
              written.push({
                family: stack.family,
                weight: stack.weight,
                fileName,
                unicodeRange: own ? undefined : unicodeRange(drawn),
              });
              logger.info(
                `${edition.id} ${stack.role} ${stack.weight}: ${fileName} ${(woff2.length / 1024).toFixed(0)} KiB, ${drawn.length} characters`,
              );
            }
          }
        }
        if (problems.length) throw new Error(problems.join('\n'));

        const css = fontFaceCss(written);
        const cssName = `print-fonts.${contentHash(css)}.css`;
        writeFileSync(join(out, '_astro', cssName), css);
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          if (!html.includes('</head>'))
            throw new Error(`${relative(out, file)}: no </head> to link the print typefaces into`);
          writeFileSync(
            file,
            html.replace(
              '</head>',
              `${printFontsLink(`${base}_astro/${cssName}`, editionOfPage(html))}</head>`,
            ),
          );
        }
      },
    },
  };
}
