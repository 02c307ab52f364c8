/**
 * The built Traditional editions, every page read as a local editor would: no form the
 * glossary marks as the other region's own, no CJK quotation mark inside an English word,
 * no Simplified-only character (text kept on purpose with <NoConvert> aside).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEditionPage } from '../../src/editions/check/edition-check.ts';
import { loadGlossary } from '../../src/editions/convert/glossary.ts';

const glossary = loadGlossary();

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f));
}

describe.each(['zh-tw', 'zh-hk'] as const)('built %s pages', (edition) => {
  const files = pages(join('dist', edition));
  it('exist for every chapter', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });
  it("show only their own region's forms, apostrophes in English and no Simplified-only character", () => {
    const problems = files.flatMap((file) =>
      checkEditionPage(readFileSync(file, 'utf8'), edition, glossary).map(
        (p) => `${file}: ${p.kind} ${p.found} in "${p.context}"`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
