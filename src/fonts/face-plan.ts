/**
 * Which face of a stack draws which character: each character goes to the first face that has a
 * glyph for it, so an edition's own typeface draws everything it can and a fallback face only
 * the few characters it lacks. Build-time, pure.
 */

/** A face with the code points it covers. */
export interface Candidate<F> {
  face: F;
  covers: Set<number>;
}

/** The characters each face draws, and the characters no face has. */
export interface FacePlan<F> {
  assigned: { face: F; chars: string[] }[];
  missing: string[];
}

/** Assigns `chars` to the first candidate covering each; faces that draw nothing are left out. */
export function planFaces<F>(
  chars: Iterable<string>,
  candidates: readonly Candidate<F>[],
): FacePlan<F> {
  const assigned = candidates.map(({ face }) => ({ face, chars: [] as string[] }));
  const missing: string[] = [];
  for (const char of chars) {
    const at = candidates.findIndex(({ covers }) => covers.has(char.codePointAt(0)!));
    if (at < 0) missing.push(char);
    else assigned[at]!.chars.push(char);
  }
  return { assigned: assigned.filter((a) => a.chars.length > 0), missing };
}

/** A CSS unicode-range for a set of characters: code points, runs written as ranges. */
export function unicodeRange(chars: readonly string[]): string {
  const codes = [...new Set(chars.map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < codes.length;) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(codes[i]!)}` : `U+${hex(codes[i]!)}-${hex(codes[j]!)}`);
    i = j + 1;
  }
  return parts.join(',');
}
