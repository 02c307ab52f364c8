/**
 * defineChart: the skeleton every chart shares, written once. From a chart's id it finds its
 * dataset (content/data/charts/<id>.json), reads it (a JSON syntax error names the file, line and
 * column), checks it against the chart's zod schema (errors name the file and field), resolves fact
 * ids through the fact store it is given while recording them (so the chart's fact list is derived, not
 * hand-kept), clamps the step before layout and defaults the caption to the dataset's title.
 *
 * A chart's geometry (where things sit, how text is set) is given per width class, each with its
 * frame; layout gets the geometry of the class it draws, and resolve can check a text fits in every
 * class.
 *
 *   export const myChart = defineChart({     id: 'my-chart', steps: 3, staticStep: 2,     geometry:
 * { wide: { frame: { width: 400, height: 440 }, font: 14 }, phone: { frame: PHONE_FRAME, font:
 * PHONE_TYPE.label } },     schema: z.strictObject({ title, rows: z.array(z.strictObject({ fact:
 * factId })) }),     resolve: (d, { fact }) => ({ title: d.title, rows: d.rows.map((r, i) =>
 * fact(r.fact, `rows[${i}].fact`)) }),     layout: (data, k, g) => data.rows.slice(0, k +
 * 1).map((f, i) => rect(`bar-${f.id}`, …, 'mark-primary', f)),     describe: (data) => '…', table:
 * (data) => ({ columns: […], rows: […] }),   });
 */
import { z } from 'astro/zod';
import type { Fact, FactStore } from '../../facts/index.ts';
import { readJsonFile } from '../../data/read-json.ts';
import { parseOrThrow } from '../../utils/parse-errors.ts';
import { WIDTH_CLASSES } from '../../marks/types.ts';
import type { ChartDefinition, ChartFrame, ChartSize, Mark, WidthClass } from '../types.ts';
import { assertFits } from './text.ts';

/** A dataset's title field. */
export const title = z.string().min(1, 'expected a title');

/** A dataset field naming a fact. */
export const factId = z.string().min(1, 'expected a fact id');

/** A kebab-case key field. */
export const kebabKey = z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case key');

/** A non-empty text field; `what` completes "expected …" in the message. */
export const words = (what: string) => z.string().min(1, `expected ${what}`);

/**
 * A zod check for an array of rows: no two rows share a `key` (the error names the second row's key
 * field).
 */
export function uniqueKeys(rows: readonly { key: string }[], ctx: z.RefinementCtx): void {
  rows.forEach((row, i) => {
    if (rows.findIndex((r) => r.key === row.key) < i)
      ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `duplicate key "${row.key}"` });
  });
}

/**
 * What a numeric fact must be: `what` names it in messages ("a GPU count"); optional unit, bounds
 * and wholeness.
 */
export interface NumberRule {
  what: string;
  unit?: string;
  /** Inclusive bounds; `positive` asks for more than zero. */
  min?: number;
  max?: number;
  positive?: boolean;
  integer?: boolean;
  /** Appended to the message, e.g. how to mend the dataset. */
  hint?: string;
}

/** Every geometry has its frame: the viewBox of its width class. */
export interface Geometry {
  frame: ChartSize;
}

/** What a chart's resolve step is given besides the checked dataset. */
export interface ResolveTools<G extends Geometry = Geometry> {
  /** The dataset file, for messages. */
  file: string;
  /**
   * The fact with this id; `field` (e.g. "rows[2].fact") is named if it is unknown. Recorded for
   * facts().
   */
  fact(id: string, field: string): Fact;
  /**
   * The fact with this id, whose value must be a number as `rule` says; throws naming `field`.
   * Recorded for facts().
   */
  number(id: string, field: string, rule: NumberRule): Fact;
  /**
   * The fact with this id, which must be a positive number (in `unit` when given); throws naming
   * `field`. Recorded for facts().
   */
  positive(id: string, field: string, unit?: string): Fact;
  /**
   * Throws naming `field` unless the fact `ratio` states `numerator ÷ denominator` (as a multiple,
   * or in %) to within 3 %.
   */
  ratio(ratio: Fact, field: string, numerator: Fact, denominator: Fact): void;
  /** Throws "file: field: message". */
  fail(field: string, message: string): never;
  /**
   * Throws naming `field` unless `content` at `font(g)` fits `room(g)` units in every width class's
   * geometry (in at most `lines(g)` lines when given, broken as wrapText breaks them). The one
   * text-fit check: the kit's layers export theirs on it (checkLegend, checkHeadlines, …).
   */
  fits(
    field: string,
    content: string | ((g: G) => string),
    font: (g: G) => number,
    room: (g: G) => number,
    lines?: (g: G) => number,
  ): void;
  /**
   * Throws "file: field: what (needs N units, has M)" unless `need(g)` is at most `room(g)` in every
   * width class: a length check, for what is not a text (rows of a board, squares of a grid).
   */
  within(field: string, what: string, need: (g: G) => number, room: (g: G) => number): void;
}

/**
 * What a chart module writes: its id, steps and texts as the contract has them; its geometry,
 * schema, resolve step and layout.
 */
export interface ChartSpec<S extends z.ZodType, D, G extends Geometry>
  extends
    Pick<ChartDefinition<D>, 'id' | 'steps' | 'staticStep' | 'describe' | 'table'>,
    Partial<Pick<ChartDefinition<D>, 'caption'>> {
  /**
   * Where things sit and how text is set, per width class; the phone's frame is 328 × 360
   * (PHONE_FRAME, kit/frames.ts).
   */
  geometry: Record<WidthClass, G>;
  schema: S;
  /**
   * Turns the checked dataset into the chart's data, looking facts up and checking what the schema
   * cannot.
   */
  resolve(input: z.output<S>, tools: ResolveTools<G>): D;
  /**
   * The marks of step `k` (already clamped to 0 .. steps-1) with the geometry `g` of the class
   * drawn, in `frame`.
   */
  layout(data: D, k: number, g: G, frame: ChartFrame): Mark[];
}

/** A chart made by defineChart: the contract plus its dataset file and a parser for tests. */
export interface Chart<D> extends ChartDefinition<D> {
  /** The dataset file, project-relative. */
  file: string;
  /** Checks and resolves a dataset, looking its facts up in `store`; `file` is named in errors. */
  parse(input: unknown, store: Pick<FactStore, 'getFact'>, file?: string): D;
}

/** A step number clamped to 0 .. steps-1 (anything not a finite number is step 0). */
export function clampStep(step: number, steps: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), steps - 1);
}

/** How far a ratio fact may be from the amounts it divides (the registry rounds them). */
const RATIO_TOLERANCE = 0.03;

/** Why `value` breaks `rule`, or undefined when it keeps it. */
function numberProblem(fact: Fact, rule: NumberRule): string | undefined {
  const v = fact.value;
  const fine =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!rule.positive || v > 0) &&
    v >= (rule.min ?? -Infinity) &&
    v <= (rule.max ?? Infinity) &&
    (!rule.integer || Number.isInteger(v));
  const hint = rule.hint ? `; ${rule.hint}` : '';
  if (!fine)
    return `fact "${fact.id}" is not ${rule.what} (value ${JSON.stringify(v)}, unit "${fact.unit}")${hint}`;
  if (rule.unit !== undefined && fact.unit !== rule.unit)
    return `fact "${fact.id}" is in "${fact.unit}", expected "${rule.unit}"${hint}`;
  return undefined;
}

/** Builds a chart from its spec: see the file comment. */
export function defineChart<S extends z.ZodType, D extends object, G extends Geometry>(
  spec: ChartSpec<S, D, G>,
): Chart<D> {
  const file = `content/data/charts/${spec.id}.json`;
  const used = new WeakMap<D, string[]>();
  const parse: Chart<D>['parse'] = (input, store, where = file) => {
    const ids: string[] = [];
    const record = (id: string, at: string): Fact => {
      const found = store.getFact(id, at);
      if (!ids.includes(found.id)) ids.push(found.id);
      return found;
    };
    const tools: ResolveTools<G> = {
      file: where,
      fact: (id, field) => record(id, `${where}: ${field}`),
      fail: (field, message) => {
        throw new Error(`${where}: ${field}: ${message}`);
      },
      number: (id, field, rule) => {
        const f = tools.fact(id, field);
        const problem = numberProblem(f, rule);
        return problem ? tools.fail(field, problem) : f;
      },
      ratio: (r, field, numerator, denominator) => {
        const said = typeof r.value === 'number' ? (r.unit === '%' ? r.value / 100 : r.value) : NaN;
        const expected = (numerator.value as number) / (denominator.value as number);
        if (!(Math.abs(said - expected) / expected <= RATIO_TOLERANCE))
          tools.fail(
            field,
            `fact "${r.id}" says ${String(r.value)}${r.unit}, but ${numerator.id} ÷ ${denominator.id} is ${expected.toFixed(2)}`,
          );
      },
      positive: (id, field, unit) =>
        tools.number(id, field, { what: 'a positive amount', unit, positive: true }),
      fits: (field, content, font, room, lines) =>
        WIDTH_CLASSES.forEach((c) => {
          const g = spec.geometry[c];
          const words = typeof content === 'string' ? content : content(g);
          assertFits(words, font(g), room(g), `${where}: ${field}`, lines?.(g));
        }),
      within: (field, what, need, room) =>
        WIDTH_CLASSES.forEach((c) => {
          const [n, r] = [need(spec.geometry[c]), room(spec.geometry[c])];
          if (n > r)
            tools.fail(field, `${what} (needs ${Math.ceil(n)} units, has ${Math.floor(r)})`);
        }),
    };
    const data = spec.resolve(parseOrThrow(spec.schema, input, where), tools);
    used.set(data, ids);
    return data;
  };
  const sizes = Object.fromEntries(
    WIDTH_CLASSES.map((c) => [
      c,
      { width: spec.geometry[c].frame.width, height: spec.geometry[c].frame.height, widthClass: c },
    ]),
  ) as Record<WidthClass, ChartFrame>;
  return {
    id: spec.id,
    file,
    sizes,
    steps: spec.steps,
    staticStep: spec.staticStep,
    parse,
    load: (store) => parse(readJsonFile(file), store),
    layout: (data, step, frame) =>
      spec.layout(data, clampStep(step, spec.steps), spec.geometry[frame.widthClass], frame),
    caption: spec.caption ?? ((data) => (data as { title?: string }).title ?? spec.id),
    describe: spec.describe,
    table: spec.table,
    facts: (data) => used.get(data) ?? [],
  };
}
