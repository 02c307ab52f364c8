/**
 * Which sources a chapter cites: through <Cite id> directly and through the sources of
 * every <Fact id> it shows. Build time; unknown ids throw naming the chapter file.
 */
import type { FactStore } from '../facts/index.ts';

/** Source ids cited by an MDX body, in order of first citation, looked up in `store`. */
export function citedSourceIds(store: FactStore, body: string, file: string): string[] {
  const ids = new Set<string>();
  for (const [, kind, id] of body.matchAll(/<(Cite|Fact)\s+id="([^"]+)"/g)) {
    if (kind === 'Cite') ids.add(store.getSource(id, file).id);
    else for (const s of store.getFact(id, file).sources) ids.add(s);
  }
  return [...ids];
}

/** A run of consecutive source numbers in a citation group: 3–5 is { from: 3, to: 5 }. */
export interface NumberRun {
  from: number;
  to: number;
}

/**
 * Numbers in ascending order, duplicates dropped, as runs of consecutive numbers: [5, 3, 4, 9] →
 * 3–5, 9. Pure.
 */
export function numberRuns(numbers: readonly number[]): NumberRun[] {
  const runs: NumberRun[] = [];
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && n === last.to + 1) last.to = n;
    else runs.push({ from: n, to: n });
  }
  return runs;
}

/** How a run reads in a citation mark: "3", "3–4", "3–5" (an en dash). Pure. */
export function runLabel(run: NumberRun): string {
  return run.from === run.to ? String(run.from) : `${run.from}–${run.to}`;
}

/**
 * The id a source's entry has among a chapter page's endnotes
 * (src/components/ChapterSources.astro).
 */
export function endnoteId(sourceId: string): string {
  return `source-${sourceId}`;
}
