/**
 * defineChart: the skeleton every chart shares, written once. From a chart's id it finds its dataset
 * (content/data/charts/<id>.json), reads it (a JSON syntax error names the file, line and column),
 * checks it against the chart's zod schema (errors name the file and field), resolves fact ids
 * through the registry while recording them (so the chart's fact list is derived, not hand-kept),
 * clamps the step before layout and defaults the caption to the dataset's title.
 *
 *   export const myChart = defineChart({
 *     id: 'my-chart', sizes: { wide: { width: 400, height: 440 }, phone: { width: 328, height: 360 } }, steps: 3, staticStep: 2,
 *     schema: z.strictObject({ title, rows: z.array(z.strictObject({ fact: factId })) }),
 *     resolve: (d, { fact }) => ({ title: d.title, rows: d.rows.map((r, i) => fact(r.fact, `rows[${i}].fact`)) }),
 *     layout: (data, k) => data.rows.slice(0, k + 1).map((f, i) => rect(`bar-${f.id}`, …, 'mark-primary', f)),
 *     describe: (data) => '…', table: (data) => ({ columns: […], rows: […] }),
 *   });
 */
import { z } from 'astro/zod';
import type { Fact } from '../../data/facts-schema.ts';
import { getFact } from '../../data/registry.ts';
import { parseOrThrow, readJsonFile } from '../../data/parse-errors.ts';
import type { ChartDefinition, ChartFrame, ChartSize, ChartTable, Mark, WidthClass } from '../types.ts';

/** Finds a fact by id; throws naming `where` when it is unknown (the registry's getFact fits). */
export type FactLookup = (id: string, where: string) => Fact;

/** A dataset's title field. */
export const title = z.string().min(1, 'expected a title');

/** A dataset field naming a fact. */
export const factId = z.string().min(1, 'expected a fact id');

/** A kebab-case key field. */
export const kebabKey = z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case key');

/** What a chart's resolve step is given besides the checked dataset. */
export interface ResolveTools {
  /** The dataset file, for messages. */
  file: string;
  /** The fact with this id; `field` (e.g. "rows[2].fact") is named if it is unknown. Recorded for facts(). */
  fact(id: string, field: string): Fact;
  /** The fact with this id, which must be a positive number (in `unit` when given); throws naming `field`. Recorded for facts(). */
  positive(id: string, field: string, unit?: string): Fact;
  /** Throws "file: field: message". */
  fail(field: string, message: string): never;
  /** The same lookup with the registry's signature (`where` is the full message prefix). Recorded for facts(). */
  lookup: FactLookup;
}

/** What a chart module writes: its shape, schema, resolve step, layout and texts. */
export interface ChartSpec<S extends z.ZodType, D> {
  id: string;
  /** The viewBox per width class; the phone's is 328 × 360 (PHONE_FRAME, kit/frames.ts). */
  sizes: Record<WidthClass, ChartSize>;
  steps: number;
  staticStep: number;
  schema: S;
  /** Turns the checked dataset into the chart's data, looking facts up and checking what the schema cannot. */
  resolve(input: z.output<S>, tools: ResolveTools): D;
  /** The marks of step `k` (already clamped to 0 .. steps-1) in `frame`, for its width class. */
  layout(data: D, k: number, frame: ChartFrame): Mark[];
  describe(data: D): string;
  table(data: D): ChartTable;
  /** Defaults to the dataset's `title`. */
  caption?(data: D): string;
}

/** A chart made by defineChart: the contract plus its dataset file and a parser for tests. */
export interface Chart<D> extends ChartDefinition<D> {
  /** The dataset file, project-relative. */
  file: string;
  /** Checks and resolves a dataset against `lookup` (the registry unless given). */
  parse(input: unknown, lookup?: FactLookup, file?: string): D;
}

/** The dataset file of a chart id. */
export function datasetFile(id: string): string {
  return `content/data/charts/${id}.json`;
}

/** A step number clamped to 0 .. steps-1 (anything not a finite number is step 0). */
export function clampStep(step: number, steps: number): number {
  if (!Number.isFinite(step)) return 0;
  return Math.min(Math.max(Math.trunc(step), 0), steps - 1);
}

/** Builds a chart from its spec: see the file comment. */
export function defineChart<S extends z.ZodType, D extends object>(spec: ChartSpec<S, D>): Chart<D> {
  const file = datasetFile(spec.id);
  const used = new WeakMap<D, string[]>();
  const parse = (input: unknown, lookup: FactLookup = getFact, where: string = file): D => {
    const ids: string[] = [];
    const record: FactLookup = (id, at) => {
      const found = lookup(id, at);
      if (!ids.includes(found.id)) ids.push(found.id);
      return found;
    };
    const tools: ResolveTools = {
      file: where,
      lookup: record,
      fact: (id, field) => record(id, `${where}: ${field}`),
      fail: (field, message) => {
        throw new Error(`${where}: ${field}: ${message}`);
      },
      positive: (id, field, unit) => {
        const f = tools.fact(id, field);
        if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.value <= 0) tools.fail(field, `fact "${f.id}" is not a positive amount (value ${JSON.stringify(f.value)}, unit "${f.unit}")`);
        if (unit !== undefined && f.unit !== unit) tools.fail(field, `fact "${f.id}" is in "${f.unit}", expected "${unit}"`);
        return f;
      },
    };
    const data = spec.resolve(parseOrThrow(spec.schema, input, where), tools);
    used.set(data, ids);
    return data;
  };
  const sizes = {
    wide: { ...spec.sizes.wide, widthClass: 'wide' },
    phone: { ...spec.sizes.phone, widthClass: 'phone' },
  } satisfies Record<WidthClass, ChartFrame>;
  return {
    id: spec.id,
    file,
    sizes,
    size: sizes.wide,
    steps: spec.steps,
    staticStep: spec.staticStep,
    parse,
    load: () => parse(readJsonFile(file)),
    layout: (data, step, frame) => spec.layout(data, clampStep(step, spec.steps), frame),
    caption: spec.caption ?? ((data) => (data as { title?: string }).title ?? spec.id),
    describe: spec.describe,
    table: spec.table,
    facts: (data) => used.get(data) ?? [],
  };
}
