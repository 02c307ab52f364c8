/**
 * Every chart's marks at every step, on the real datasets and facts registry, kept as one file
 * per chart and width class in __snapshots__/marks/ (<id>.txt wide, <id>.phone.txt phone). Numbers are written as the SVG gets them (two decimals), so a
 * change a reader could see shows up as a diff to review: refactors leave these files alone,
 * deliberate changes update them (`npx vitest run -u`).
 */
import { describe, it, expect } from 'vitest';
import { charts } from '../../../src/charts/index.ts';
import { chartStates } from '../../../src/charts/chart-states.ts';
import { formatAttr } from '../../../src/marks/render-svg.ts';
import type { Mark } from '../../../src/marks/types.ts';
import { factStore } from '../../../src/data/registry.ts';

/** One mark as a line: its key, kind, class, text and attributes as drawn. */
function line(m: Mark): string {
  const attrs = Object.fromEntries(Object.entries(m.attrs).map(([k, v]) => [k, formatAttr(v)]));
  return JSON.stringify({ key: m.key, kind: m.kind, className: m.className, text: m.text, attrs });
}

describe.each(Object.keys(charts).sort())('chart "%s"', (id) => {
  it.each(['wide', 'phone'])('draws the %s marks on file for every step', async (widthClass) => {
    const view = chartStates(id, 'marks snapshot', factStore()).views.find(
      (v) => v.widthClass === widthClass,
    )!;
    const text = view.states
      .map((marks, step) => `// step ${step}\n${marks.map(line).join('\n')}`)
      .join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(
      `./__snapshots__/marks/${id}${widthClass === 'wide' ? '' : `.${widthClass}`}.txt`,
    );
  });
});
