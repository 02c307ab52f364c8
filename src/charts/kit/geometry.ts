/**
 * Geometry per width class, written once: every chart extends the base geometry (BASE: a 400-unit
 * frame, margin, type scale, legend, headline) with its own few keys, and defineGeometry makes the
 * desktop from it with `desktopGeometry` (every length DESKTOP.scale times larger, so the graphic
 * is 640 units wide and drawn at one unit per CSS px on a 1440 × 900 screen, and type set for that
 * size: labels 15–16 px, headline numbers 42–56 px) and the phone from PHONE_BASE and the chart's
 * phone overrides, in PHONE_FRAME (kit/frames.ts). Pure; build time.
 *
 *   const GEOMETRY = defineGeometry({ grid: { y: 96, pitch: 16 } }, { phone: { grid: { y: 68 } } });
 */

import type { ChartSize, WidthClass } from '../../marks/types.ts';
import { PHONE_FRAME, PHONE_TYPE } from './frames.ts';
import type { LegendGeometry } from './legend.ts';

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

/** The type scale every chart sets its words in: labels, quieter notes and tick labels. */
export interface TypeScale {
  label: number;
  note: number;
  tick: number;
}

/** Where a headline's big number and its caption sit (kit/headline.ts draws them). */
export interface HeadGeometry {
  big: { y: number; size: number };
  caption: { y: number; size: number };
}

/**
 * The base geometry every chart's geometry extends: the frame (viewBox), the left and right margin,
 * the type scale, the legend (kit/legend.ts) and the headline (kit/headline.ts). A chart adds its
 * own few keys (a grid, a scheme) beside these.
 */
export interface BaseGeometry {
  frame: ChartSize;
  margin: number;
  type: TypeScale;
  legend: LegendGeometry;
  head: HeadGeometry;
}

/** The base frame a chart composes in, before the desktop enlarges it (640 units wide). */
export const WIDE_FRAME: ChartSize = { width: 400, height: 440 };

/** The base geometry, in WIDE_FRAME: what a chart gets unless it says otherwise. */
export const BASE: BaseGeometry = {
  frame: WIDE_FRAME,
  margin: 16,
  type: { label: 14, note: 13, tick: 13 },
  legend: { square: 12, gap: 8, pitch: 22, size: 13 },
  head: { big: { y: 48, size: 34 }, caption: { y: 76, size: 14 } },
};

/**
 * The phone's override of the base keys, in PHONE_FRAME: one unit per CSS px on a 360 px phone,
 * labels at 12.5 and ticks at 12 at least (PHONE_TYPE).
 */
export const PHONE_BASE: BaseGeometry = {
  frame: PHONE_FRAME,
  margin: 8,
  type: { label: PHONE_TYPE.label, note: PHONE_TYPE.label, tick: PHONE_TYPE.tick },
  legend: { square: 11, gap: 8, pitch: 18, size: PHONE_TYPE.label },
  head: { big: { y: 32, size: 28 }, caption: { y: 56, size: 13 } },
};

/** The paths of the base geometry that are type sizes (desktopType sets them). */
const BASE_TYPE_KEYS = ['type', 'legend.size', 'head.big.size', 'head.caption.size'];
/** The paths of the base geometry kept as they are on the desktop: the swatch-to-text gap. */
const BASE_KEEP_KEYS = ['legend.gap'];

/** Some keys of a geometry, at any depth (arrays whole). */
export type Overrides<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[]
    ? T[K]
    : T[K] extends object
      ? Overrides<T[K]>
      : T[K];
};

/** `base` with `over`'s keys put in, at any depth (arrays and nulls are replaced whole). */
export function mergeGeometry<T>(base: T, ...overs: readonly unknown[]): T {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  return overs.reduce<unknown>((acc, over) => {
    if (!isObject(acc) || !isObject(over)) return over === undefined ? acc : over;
    const out: Record<string, unknown> = { ...acc };
    for (const [k, v] of Object.entries(over)) out[k] = mergeGeometry(acc[k], v);
    return out;
  }, base) as T;
}

/** How a chart's geometry differs by width class (see defineGeometry). */
export interface GeometryOverrides<G> {
  /** What the phone sets otherwise than the base, besides PHONE_BASE (in PHONE_FRAME). */
  phone: Overrides<G>;
  /** What the desktop sets otherwise than the enlarged base (rarely needed). */
  wide?: Overrides<G>;
  /** The chart's own keys that are type sizes (the base's are known). */
  type?: readonly string[];
  /** The chart's own numbers that are neither lengths nor type (counts, line numbers). */
  keep?: readonly string[];
}

/**
 * A chart's geometry per width class, written as overrides: `own` is the chart's base (BASE with
 * its own keys added or changed); the desktop is that base enlarged by desktopGeometry (lengths
 * x1.6, type set for the desktop), the phone is that base with PHONE_BASE and the chart's `phone`
 * keys put in.
 *
 *   const GEOMETRY = defineGeometry({ frame: { width: 400, height: 460 }, grid: { y: 96, pitch: 16 } },
 *     { phone: { grid: { y: 68, pitch: 12 } } });
 */
export function defineGeometry<O extends object>(
  own: O & Overrides<BaseGeometry>,
  { phone, wide = {}, type = [], keep = [] }: GeometryOverrides<BaseGeometry & O>,
): Record<WidthClass, BaseGeometry & O> {
  const base = mergeGeometry(BASE, own) as BaseGeometry & O;
  return {
    wide: mergeGeometry(
      desktopGeometry(base, [...BASE_TYPE_KEYS, ...type], [...BASE_KEEP_KEYS, ...keep]),
      wide,
    ),
    phone: mergeGeometry(base, PHONE_BASE, phone),
  };
}
