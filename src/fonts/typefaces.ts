/**
 * The typefaces the site carries, per edition: a serif for reading and a sans for the interface
 * and charts, each in the glyph standard of the edition's readers (Noto Serif/Sans SC for the
 * mainland, TC for Taiwan, HK for Hong Kong). The files come from npm packages (whole TTFs of the
 * Google Fonts families); the build subsets them to the characters each edition's pages use.
 * Build-time data: nothing here reaches a browser.
 */
import { createRequire } from 'node:module';
import type { EditionId } from '../editions/editions.ts';

/** What a face is used for: reading text, or interface and chart text. */
export type FaceRole = 'serif' | 'sans';

/** One font file of a typeface at one weight. */
export interface Face {
  role: FaceRole;
  weight: 400 | 700;
  /** The family name inside the font file, e.g. "Noto Serif HK". */
  name: string;
  /** The npm package and the file inside it. */
  file: string;
  /** The file name stem the build writes (before its content hash). */
  stem: string;
}

/** The glyph standard of each edition and the package-name suffix of its typefaces. */
const standards: Record<EditionId, { code: 'SC' | 'TC' | 'HK' }> = {
  'zh-cn': { code: 'SC' },
  'zh-tw': { code: 'TC' },
  'zh-hk': { code: 'HK' },
};

/**
 * The glyph standards an edition's pages are drawn in, in order: its own first, then the others
 * for the few characters its own typeface lacks (a zh-TW page names the Simplified edition 简体,
 * a source's title keeps its original script).
 */
const fallbackOrder: Record<EditionId, EditionId[]> = {
  'zh-cn': ['zh-cn', 'zh-tw', 'zh-hk'],
  'zh-tw': ['zh-tw', 'zh-hk', 'zh-cn'],
  'zh-hk': ['zh-hk', 'zh-tw', 'zh-cn'],
};

/**
 * The faces that draw one edition's text in one role and weight: its own typeface first, then
 * fallbacks.
 */
export interface FaceStack {
  edition: EditionId;
  role: FaceRole;
  weight: 400 | 700;
  /** The @font-face family every face of the stack is declared under. */
  family: string;
  faces: Face[];
}

/** One face: a typeface of glyph standard `standard`, in `role` and `weight`. */
function face(standard: EditionId, role: FaceRole, weight: 400 | 700): Face {
  const { code } = standards[standard];
  const lower = code.toLowerCase();
  const Role = role === 'serif' ? 'Serif' : 'Sans';
  const dir = weight === 400 ? '400Regular' : '700Bold';
  return {
    role,
    weight,
    name: `Noto ${Role} ${code}`,
    file: `@expo-google-fonts/noto-${role}-${lower}/${dir}/Noto${Role}${code}_${dir}.ttf`,
    stem: `noto-${role}-${lower}-${weight}`,
  };
}

/** The face stacks of one edition: serif and sans, regular and bold. */
export function faceStacks(edition: EditionId): FaceStack[] {
  return (['serif', 'sans'] as const).flatMap((role) =>
    ([400, 700] as const).map((weight) => ({
      edition,
      role,
      weight,
      family: printFamily(edition, role),
      faces: fallbackOrder[edition].map((standard) => face(standard, role, weight)),
    })),
  );
}

/**
 * The @font-face family name of an edition's print stack, e.g. "Noto Serif HK Print" (distinct from
 * any installed font's name).
 */
export function printFamily(edition: EditionId, role: FaceRole): string {
  return `Noto ${role === 'serif' ? 'Serif' : 'Sans'} ${standards[edition].code} Print`;
}

/** The PostScript name prefix of an edition's typeface as a PDF lists it, e.g. "NotoSerifHK". */
export function postScriptPrefix(edition: EditionId, role: FaceRole): string {
  return `Noto${role === 'serif' ? 'Serif' : 'Sans'}${standards[edition].code}`;
}

const require = createRequire(import.meta.url);

/**
 * The absolute path of a face's font file in node_modules; throws naming the package when it is
 * missing.
 */
export function facePath(face: Pick<Face, 'file'>): string {
  try {
    return require.resolve(face.file);
  } catch {
    throw new Error(
      `font file ${face.file} is missing: run npm install (the package ${face.file.split('/').slice(0, 2).join('/')} carries it)`,
    );
  }
}
