/**
 * Geometry per width class, written once: a chart writes its base geometry (a 400-unit frame, the
 * composition) and gets the desktop geometry from it with `desktopGeometry`: every length
 * DESKTOP.scale times larger, so the graphic is 640 units wide and drawn at one unit per CSS px on
 * a 1440 × 900 screen, and type set for that size (DESKTOP.type: labels 15–16 px, headline numbers
 * 42–56 px) rather than enlarged with the lengths. The phone geometry is its own override, in
 * PHONE_FRAME (kit/frames.ts). Pure; build time.
 *
 *   const BASE = { frame: { width: 400, height: 450 }, margin: 16, font: 13, big: { y: 48, size: 34
 * } };   const GEOMETRY = { wide: desktopGeometry(BASE, ['font', 'big.size']), phone: { … } };
 */

/** How a base geometry becomes the desktop one: the length factor, and the type sizes. */
export const DESKTOP = {
  /** Every length (positions, pitches, bar thickness, the frame) is this much larger. */
  scale: 1.6,
  /** Text sizes from this size up are headline numbers. */
  headline: 24,
  /** The smallest and largest label size on a desktop, in units (= CSS px at 1440 px). */
  label: { min: 14, max: 16 },
  /** The largest headline number, in units. */
  big: 56,
} as const;

/**
 * A base type size as set on a desktop: labels 14–16, headline numbers 1.4 times larger (at most
 * 56).
 */
export function desktopType(size: number): number {
  if (size >= DESKTOP.headline) return Math.min(DESKTOP.big, Math.round(size * 1.4));
  const set = Math.round(size * 1.15 * 2) / 2;
  return Math.min(DESKTOP.label.max, Math.max(DESKTOP.label.min, set));
}

/** A length on a desktop: DESKTOP.scale times larger, to half a unit. */
export function desktopLength(length: number): number {
  return Math.round(length * DESKTOP.scale * 2) / 2;
}

/**
 * Whether `path` ("row.font", "font.tick") is named by one of `keys`: its whole path, or a group
 * ("font" covers "font.tick").
 */
const named = (path: string, keys: readonly string[]) =>
  keys.some((k) => path === k || path.startsWith(`${k}.`));

/**
 * The desktop geometry of a base geometry: numbers whose path ("row.font") `typeKeys` names are
 * type sizes (desktopType), numbers `keepKeys` names stay (counts, line numbers), every other
 * number is a length (desktopLength). Nulls, strings and arrays of numbers are kept or mapped the
 * same way.
 */
export function desktopGeometry<G extends object>(
  base: G,
  typeKeys: readonly string[],
  keepKeys: readonly string[] = [],
): G {
  const map = (value: unknown, path: string): unknown => {
    if (typeof value === 'number') {
      if (named(path, keepKeys)) return value;
      return named(path, typeKeys) ? desktopType(value) : desktopLength(value);
    }
    if (Array.isArray(value)) return value.map((v) => map(v, path));
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, map(v, path ? `${path}.${k}` : k)]),
      );
    return value;
  };
  return map(base, '') as G;
}
