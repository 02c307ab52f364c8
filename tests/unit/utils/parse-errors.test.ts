import { describe, it, expect } from 'vitest';
import { z } from 'astro/zod';
import { issuePath, parseJson, parseOrThrow } from '../../../src/utils/parse-errors.ts';

describe('data file errors name the file and where in it', () => {
  it('a JSON syntax error names the file, line and column', () => {
    const text = '{\n  "title": "x",\n  rows: []\n}';
    expect(() => parseJson(text, 'content/data/charts/x.json')).toThrow(
      /^content\/data\/charts\/x\.json:3:3: not valid JSON: /,
    );
  });

  it('a schema error names the file and the field in JSON terms', () => {
    const schema = z.strictObject({
      rows: z.array(z.strictObject({ fact: z.string().min(1, 'expected a fact id') })),
    });
    expect(() => parseOrThrow(schema, { rows: [{ fact: 'a' }, { fact: '' }] }, 'x.json')).toThrow(
      'x.json: rows[1].fact: expected a fact id',
    );
    expect(issuePath([])).toBe('(root)');
  });
});
