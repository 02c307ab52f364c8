/**
 * Draws a share card to PNG without a browser (resvg), in the edition's own typefaces: the
 * card's characters are subset out of the carried fonts (a small font per card, so nothing
 * reads the whole typeface at draw time). A card drawn before from the same SVG and typefaces
 * comes from the cache. A character no carried typeface has stops the build. Build-time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import type { EditionId } from '../editions/editions.ts';
import { describeMissing, readFace } from '../fonts/coverage.ts';
import { planFaces } from '../fonts/face-plan.ts';
import { pageCharacters } from '../fonts/page-text.ts';
import { facePath, faceStacks, type Face } from '../fonts/typefaces.ts';
import { cardSvg, type CardColours, type CardContent } from './card-svg.ts';
import { fontMeasure } from './text-measure.ts';

const CACHE_DIR = 'node_modules/.cache/share-cards';

/**
 * A cache key for `text` drawn with `face`: its file and that file's size (which a new version of
 * the typeface changes).
 */
function faceKey(face: Face, text: string): string {
  return createHash('sha256')
    .update(`${face.file}\0${statSync(facePath(face)).size}\0`)
    .update(text)
    .digest('hex')
    .slice(0, 24);
}

/** A small TrueType font holding `chars` of `face`, written once to the cache; its path. */
async function subsetFile(face: Face, chars: string): Promise<string> {
  const key = faceKey(face, chars);
  const path = join(CACHE_DIR, `${face.stem}-${key}.ttf`);
  if (!existsSync(path)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(path, await subsetFont(readFace(face).bytes, chars, { targetFormat: 'sfnt' }));
  }
  return path;
}

/** The family name inside an edition's own font files, e.g. "Noto Serif HK". */
function familyOf(edition: EditionId, role: 'serif' | 'sans'): string {
  return faceStacks(edition).find((s) => s.role === role)!.faces[0]!.name;
}

/** The share card of a page as PNG. `where` names the page in an error. */
export async function renderCard(
  edition: EditionId,
  content: CardContent,
  colours: CardColours,
  where: string,
): Promise<Uint8Array> {
  const stacks = faceStacks(edition);
  const titleStack = stacks.find((s) => s.role === 'serif' && s.weight === 700)!;
  const svg = cardSvg(
    content,
    { serif: familyOf(edition, 'serif'), sans: familyOf(edition, 'sans') },
    colours,
    fontMeasure(readFace(titleStack.faces[0]!).bytes),
  );
  const cached = join(CACHE_DIR, `${faceKey(titleStack.faces[0]!, svg)}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const chars = pageCharacters(svg);
  const files: string[] = [];
  for (const stack of stacks) {
    const plan = planFaces(
      chars,
      stack.faces.map((face) => ({ face, covers: readFace(face).covers })),
    );
    if (plan.missing.length)
      throw new Error(
        `share card: ${describeMissing(
          `the ${edition} ${stack.role} typeface`,
          plan.missing.map((char) => ({ char, pages: [where] })),
        )}`,
      );
    for (const { face, chars: drawn } of plan.assigned)
      files.push(await subsetFile(face, drawn.join('')));
  }
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: files,
      defaultFontFamily: familyOf(edition, 'sans'),
      sansSerifFamily: familyOf(edition, 'sans'),
      serifFamily: familyOf(edition, 'serif'),
    },
    logLevel: 'error',
  });
  const png = resvg.render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}
