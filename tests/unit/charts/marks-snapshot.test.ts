/**
 * Every chart's marks at every step, on the real datasets and facts registry, kept as one file
 * per chart in __snapshots__/marks/. A change to any mark shows up as a diff to review: refactors
 * must leave these files alone, deliberate changes update them (`npx vitest run -u`).
 */
import { describe, it, expect } from 'vitest';
import { charts } from '../../../src/charts/index.ts';
import { chartStates } from '../../../src/charts/chart-states.ts';

describe.each(Object.keys(charts).sort())('chart "%s"', (id) => {
  it('draws the marks on file for every step', async () => {
    const { states } = chartStates(id, 'marks snapshot');
    const text = states.map((marks, step) => `// step ${step}\n${marks.map((m) => JSON.stringify(m)).join('\n')}`).join('\n');
    await expect(`${text}\n`).toMatchFileSnapshot(`./__snapshots__/marks/${id}.txt`);
  });
});
