/**
 * Epilogue chart: a "claim and evidence" board for the five debates around DeepSeek. Steps 0–4 take
 * one debate each: the active debate opens to show its claim and, one line each, what is
 * established (filled circle), what one party claims or estimates (square) and what is unverified
 * (dashed circle, labelled 未证实). Debates already read fold into a row that keeps their evidence
 * markers, small; debates still to come wait as muted rows. Step 5 lays the five side by side, each
 * with a one-line reading of where the evidence stands. Evidence markers keep their keys, so they
 * shrink into their row instead of being redrawn.
 */
import { z } from 'astro/zod';
import { factText, UNVERIFIED_MARK, type Fact } from '../facts/index.ts';
import { formatValue } from '../utils/format-number.ts';
import type { ChartTable, Mark, WidthClass } from './types.ts';
import {
  STATUS_TEXT,
  centredText,
  circle,
  defineChart,
  factId,
  kebabKey,
  middleY,
  rect,
  statusOf,
  text,
  title,
  uniqueKeys,
  words,
  type ResolveTools,
  defineGeometry,
  legend,
  checkLegend,
  type LegendEntry,
  COLOUR,
  STYLE,
  UNVERIFIED_CLASS,
} from './kit/index.ts';

/** Number of debates on the board. */
export const DEBATE_COUNT = 5;

/** One step per debate, then the side-by-side summary. */
export const DEBATES_STEPS = DEBATE_COUNT + 1;

/** Most evidence lines one debate may hold (the open block must fit the chart). */
export const MAX_EVIDENCE = 6;

/** How firm a piece of evidence is. */
export type EvidenceKind = 'established' | 'claimed' | 'unverified';

/** The kinds as readers see them, in legend order. */
export const KIND_TEXT: Record<EvidenceKind, string> = {
  established: '有据可查',
  claimed: '一方说法或估计',
  unverified: STATUS_TEXT.unverified,
};

/** One line of evidence, resolved against the registry. */
export interface Evidence {
  kind: EvidenceKind;
  /** The line as drawn: placeholders filled, "（未证实）" appended when unverified. */
  text: string;
  facts: Fact[];
}

/** One debate, resolved against the registry. */
export interface Debate {
  key: string;
  /** The claim under debate, as drawn. */
  claim: string;
  claimFacts: Fact[];
  /** Where the evidence stands, in one line (summary step). */
  reading: string;
  readingFacts: Fact[];
  evidence: Evidence[];
}

/** The board's dataset after validation. */
export interface DebatesData {
  title: string;
  debates: Debate[];
}

/**
 * The base geometry and the phone's overrides (kit/geometry.ts): the board's top and right edges, the bar beside each debate, the x of its number and of its claim; row
 * heights (a folded or waiting debate, the open block's header and lines, its padding); a summary
 * row (its height, the claim's centre and the reading's baseline below its top); small markers in a
 * folded row (first centre, pitch); the open block's markers and text.
 */
const GEOMETRY = defineGeometry(
  {
    frame: { width: 400, height: 460 },
    type: { label: 14 },
    claimSize: { active: 16, summary: 15 },
    legend: { gap: 6 },
    top: 14,
    right: 392,
    bar: { x: 16, width: 4 },
    numX: 28,
    claimX: 44,
    row: 36,
    openHead: 38,
    item: 27,
    blockPad: 10,
    summary: { height: 70, claimDy: 20, readingDy: 48 },
    mini: { x0: 300, pitch: 14, r: 4.5, side: 9 },
    marker: { cx: 52, r: 6, side: 12, textX: 66 },
  },
  {
    type: ['claimSize'],
    phone: {
      claimSize: { active: 14, summary: 13.5 },
      legend: { square: 12, gap: 6 },
      top: 6,
      right: 326,
      bar: { x: 3, width: 3 },
      numX: 11,
      claimX: 25,
      row: 30,
      openHead: 32,
      item: 22,
      blockPad: 8,
      summary: { height: 60, claimDy: 16, readingDy: 42 },
      mini: { x0: 250, pitch: 13, r: 4.5, side: 9 },
      marker: { cx: 33, r: 6, side: 12, textX: 45 },
    },
  },
);
type Geometry = (typeof GEOMETRY)[WidthClass];

/**
 * Width, in viewBox units, that a claim may take beside the small markers (folded and summary rows)
 * and in the open block; and an evidence line and a reading.
 */
const rooms = (g: Geometry) => ({
  beside: g.mini.x0 - g.mini.r - 8 - g.claimX,
  open: g.right - g.claimX,
  evidence: g.right - g.marker.textX,
  reading: g.right - g.claimX,
});

/** Height of the open block of a debate with `n` lines of evidence. */
const openHeight = (g: Geometry, n: number): number => g.openHead + n * g.item + g.blockPad;

/**
 * The middle of the legend at the foot of the frame, and the lowest point any step may reach above
 * it.
 */
const legendY = (g: Geometry) => g.frame.height - 22;
const contentLimit = (g: Geometry) => legendY(g) - g.legend.square - 8;

const factIds = z.array(factId).min(1, 'expected at least one fact id');
const phraseSchema = z.union([
  words('a text'),
  z.strictObject({ text: words('a text'), facts: factIds }),
]);
const evidenceSchema = z.strictObject({
  kind: z.enum(['established', 'claimed', 'unverified']),
  text: words('a text'),
  facts: factIds.optional(),
});

const debateSchema = z.strictObject({
  key: kebabKey,
  claim: phraseSchema,
  reading: phraseSchema,
  evidence: z
    .array(evidenceSchema)
    .min(1, 'expected at least one line of evidence')
    .max(MAX_EVIDENCE, `at most ${MAX_EVIDENCE} lines of evidence fit the chart`),
});

const debatesSchema = z.strictObject({
  title: title,
  debates: z
    .array(debateSchema)
    .length(DEBATE_COUNT, `expected ${DEBATE_COUNT} debates, one per step`)
    .superRefine(uniqueKeys),
});

/**
 * Fills `{0}`, `{1}` … with the facts' values; throws naming `field` when the text and the facts
 * disagree.
 */
function fillPhrase(
  text: string,
  ids: readonly string[],
  field: string,
  { fact: lookup, fail }: ResolveTools<Geometry>,
): { text: string; facts: Fact[] } {
  const bare = text.replace(/\{\d+\}/g, '');
  if (/(^|[^A-Za-z0-9.])\d/.test(bare)) {
    fail(`${field}.text`, `"${text}" types a figure; write {0} and name the fact in "facts"`);
  }
  const facts = ids.map((id, i) => lookup(id, `${field}.facts[${i}]`));
  const used = new Set<number>();
  const filled = text.replace(/\{(\d+)\}/g, (_, n: string) => {
    const index = Number(n);
    const fact = facts[index];
    if (!fact)
      return fail(`${field}.text`, `"{${n}}" has no fact (the line names ${facts.length})`);
    used.add(index);
    return factText(fact);
  });
  facts.forEach((fact, i) => {
    if (!used.has(i))
      fail(`${field}.facts[${i}]`, `fact "${fact.id}" is not used; put {${i}} in the text`);
  });
  return { text: filled, facts };
}

/** The CSS classes of an evidence marker. */
function markerClass(kind: EvidenceKind): string {
  return kind === 'established'
    ? COLOUR.neutral
    : kind === 'claimed'
      ? `${COLOUR.neutral} ${STYLE.hollow}`
      : `${COLOUR.other} ${UNVERIFIED_CLASS}`;
}

/**
 * An evidence marker centred at (cx, cy): a circle, or a square for a claim, sized as `size` says.
 */
function marker(
  key: string,
  kind: EvidenceKind,
  cx: number,
  cy: number,
  { r, side }: { r: number; side: number },
): Mark {
  if (kind === 'claimed')
    return rect(
      key,
      { x: cx - side / 2, y: cy - side / 2, width: side, height: side },
      markerClass(kind),
    );
  return circle(key, cx, cy, r, markerClass(kind));
}

/** How each look of a debate is drawn: the classes of its bar, number and claim. */
const LOOKS = {
  folded: { bar: COLOUR.other, num: 'label-strong', claim: 'label' },
  waiting: { bar: `${COLOUR.other} ${STYLE.snapshot}`, num: 'label-quiet', claim: 'label-quiet' },
  open: {
    bar: `${COLOUR.neutral} is-active`,
    num: 'label-strong is-active',
    claim: 'label-strong is-active',
  },
  summary: { bar: COLOUR.neutral, num: 'label-strong', claim: 'label-strong' },
} as const;

/** The number, bar and claim of a debate: shared by every look. */
function heading(
  g: Geometry,
  debate: Debate,
  index: number,
  look: keyof typeof LOOKS,
  top: number,
  cy: number,
  barHeight: number,
): Mark[] {
  const font =
    look === 'open' ? g.claimSize.active : look === 'summary' ? g.claimSize.summary : g.type.label;
  const cls = LOOKS[look];
  return [
    rect(
      `bar-${debate.key}`,
      { x: g.bar.x, y: top, width: g.bar.width, height: barHeight },
      cls.bar,
    ),
    text(`num-${debate.key}`, String(index + 1), g.numX, middleY(cy, font), {
      size: g.type.label,
      cls: cls.num,
    }),
    centredText(`claim-${debate.key}`, debate.claim, g.claimX, cy, { size: font, cls: cls.claim }),
  ];
}

/** Small markers in a row, left to right from the geometry's mini.x0. */
const miniMarkers = (g: Geometry, debate: Debate, cy: number): Mark[] =>
  debate.evidence.map((item, i) =>
    marker(`ev-${debate.key}-${i}`, item.kind, g.mini.x0 + i * g.mini.pitch, cy, g.mini),
  );

/** The legend under the board: one marker and word per kind, in a row. */
const LEGEND: LegendEntry[] = (Object.keys(KIND_TEXT) as EvidenceKind[]).map((kind) => ({
  id: kind,
  swatch: markerClass(kind),
  text: KIND_TEXT[kind],
  shape: kind === 'claimed' ? 'square' : 'circle',
}));
/**
 * The lowest point the board reaches at any step for `data` laid out with `g` (the legend sits
 * below it).
 */
export function contentBottom(data: DebatesData, g: Geometry = GEOMETRY.wide): number {
  const open = Math.max(...data.debates.map((d) => openHeight(g, d.evidence.length)));
  return Math.max(
    g.top + (DEBATE_COUNT - 1) * g.row + open,
    g.top + DEBATE_COUNT * g.summary.height,
  );
}

/**
 * The reader-facing status of a line: the weakest status among its facts, or the line's own kind.
 */
const lineStatus = (kind: EvidenceKind | undefined, facts: readonly Fact[]) =>
  kind === 'unverified' ? STATUS_TEXT.unverified : statusOf(...facts);

/** The epilogue's claim-and-evidence board. */
export const debates = defineChart({
  id: 'debates',
  geometry: GEOMETRY,
  steps: DEBATES_STEPS,
  // The static (print, no-JS) view is the summary: all five debates with their evidence markers and
  // a one-line reading each; every line of evidence is spelled out in the table under the figure.
  staticStep: DEBATE_COUNT,
  schema: debatesSchema,
  resolve(d, tools): DebatesData {
    const { fits, fail } = tools;
    const debates = d.debates.map((row, d): Debate => {
      const at = `debates[${d}]`;
      const phrase = (p: z.infer<typeof phraseSchema>, field: string) =>
        typeof p === 'string'
          ? fillPhrase(p, [], field, tools)
          : fillPhrase(p.text, p.facts, field, tools);
      const claim = phrase(row.claim, `${at}.claim`);
      const reading = phrase(row.reading, `${at}.reading`);
      for (const [part, name] of [
        [claim, 'claim'],
        [reading, 'reading'],
      ] as const) {
        const shaky = part.facts.find((f) => f.status === 'unverified');
        if (shaky)
          fail(
            `${at}.${name}`,
            `fact "${shaky.id}" is unverified; put it in an "unverified" line of evidence instead`,
          );
      }
      fits(
        `${at}.claim`,
        claim.text,
        (g) => g.type.label,
        (g) => rooms(g).beside,
      );
      fits(
        `${at}.claim`,
        claim.text,
        (g) => g.claimSize.active,
        (g) => rooms(g).open,
      );
      fits(
        `${at}.claim`,
        claim.text,
        (g) => g.claimSize.summary,
        (g) => rooms(g).beside,
      );
      fits(
        `${at}.reading`,
        reading.text,
        (g) => g.type.label,
        (g) => rooms(g).reading,
      );

      const evidence = row.evidence.map((item, i): Evidence => {
        const field = `${at}.evidence[${i}]`;
        const filled = fillPhrase(item.text, item.facts ?? [], field, tools);
        const shaky = filled.facts.find((f) => f.status === 'unverified');
        if (shaky && item.kind !== 'unverified')
          fail(`${field}.kind`, `fact "${shaky.id}" is unverified; mark the line "unverified"`);
        const text = item.kind === 'unverified' ? filled.text + UNVERIFIED_MARK : filled.text;
        fits(
          `${field}.text`,
          text,
          (g) => g.type.label,
          (g) => rooms(g).evidence,
        );
        return { kind: item.kind, text, facts: filled.facts };
      });
      return {
        key: row.key,
        claim: claim.text,
        claimFacts: claim.facts,
        reading: reading.text,
        readingFacts: reading.facts,
        evidence,
      };
    });
    const data = { title: d.title, debates };
    tools.within(
      'debates',
      'too many lines of evidence to fit above the legend',
      (g) => contentBottom(data, g),
      contentLimit,
    );
    checkLegend(fits, 'debates', LEGEND, (g) => g.right - g.bar.x, 'row');
    return data;
  },
  layout(data, k, g): Mark[] {
    const marks: Mark[] = [];
    let y = g.top;
    data.debates.forEach((debate, d) => {
      if (k === DEBATE_COUNT) {
        const cy = y + g.summary.claimDy;
        marks.push(
          ...heading(g, debate, d, 'summary', y + 8, cy, g.summary.height - 22),
          ...miniMarkers(g, debate, cy),
        );
        marks.push(
          text(`reading-${debate.key}`, debate.reading, g.claimX, y + g.summary.readingDy, {
            size: g.type.label,
          }),
        );
        y += g.summary.height;
      } else if (d !== k) {
        const cy = y + g.row / 2;
        marks.push(
          ...heading(g, debate, d, d < k ? 'folded' : 'waiting', y + 8, cy, g.row - 16),
          ...(d < k ? miniMarkers(g, debate, cy) : []),
        );
        y += g.row;
      } else {
        const height = openHeight(g, debate.evidence.length);
        marks.push(...heading(g, debate, d, 'open', y + 6, y + g.openHead / 2, height - 12));
        debate.evidence.forEach((item, i) => {
          const cy = y + g.openHead + i * g.item + g.item / 2;
          marks.push(marker(`ev-${debate.key}-${i}`, item.kind, g.marker.cx, cy, g.marker));
          marks.push(
            centredText(`ev-text-${debate.key}-${i}`, item.text, g.marker.textX, cy, {
              size: g.type.label,
            }),
          );
        });
        y += height;
      }
    });
    return [
      ...marks,
      ...legend(LEGEND, { x: g.bar.x, y: legendY(g) - g.legend.square / 2, flow: 'row' }, g.legend),
    ];
  },
  describe(data): string {
    const lines = data.debates.flatMap((d) => d.evidence);
    const count = (kind: EvidenceKind) =>
      formatValue(lines.filter((item) => item.kind === kind).length, '条');
    return [
      `这块说法与证据板依次列出五场争论：${data.debates.map((d) => `“${d.claim}”`).join('、')}。`,
      `每场争论下，圆点是有据可查的事实，方块是某一方的说法或估计，虚线圆圈是尚未证实的说法。`,
      `五场争论共列出${formatValue(lines.length, '条')}，其中有据可查${count('established')}，一方说法或估计${count('claimed')}，未证实${count('unverified')}。`,
      `最后一步把五场争论并排，各附一句目前的读法：${data.debates.map((d) => d.reading).join('；')}。`,
    ].join('');
  },
  table(data): ChartTable {
    const rows: (string | number)[][] = [];
    for (const debate of data.debates) {
      for (const item of debate.evidence)
        rows.push([
          debate.claim,
          item.text,
          KIND_TEXT[item.kind],
          lineStatus(item.kind, item.facts),
        ]);
      rows.push([
        debate.claim,
        `读法：${debate.reading}`,
        '小结',
        lineStatus(undefined, [...debate.claimFacts, ...debate.readingFacts]),
      ]);
    }
    return { columns: ['争论', '说法或证据', '性质', '状态'], rows };
  },
});
