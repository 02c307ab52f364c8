/**
 * The one way this project reports what is wrong with a data file. Every message starts with the
 * file, then the field ("content/data/charts/x.json: rows[2].fact: …") or, for a JSON syntax error,
 * the line and column. Pure: src/data/read-json.ts reads the files.
 */
import type { z } from 'astro/zod';

/** A zod issue path as written in JSON terms: ["events", 2, "fact"] → "events[2].fact". */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path)
    out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '(root)';
}

/**
 * Turns a zod error into "file: field: message" lines; `label` may name the field otherwise (the
 * facts registry names the entry by its id: `entry "ff1-gpus": field "sources"`).
 */
export function zodMessage(
  file: string,
  error: z.ZodError,
  label: (path: readonly PropertyKey[]) => string = issuePath,
): string {
  return error.issues.map((issue) => `${file}: ${label(issue.path)}: ${issue.message}`).join('\n');
}

/** Parses `input` with `schema`; throws "file: field: message" lines when it does not fit. */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  file: string,
): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(zodMessage(file, result.error));
  return result.data;
}

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses JSON text; a syntax error throws "file:line:column: not valid JSON: …". */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const where = at
      ? { line: Number(at[1]), column: Number(at[2]) }
      : lineColumn(text, position ? Number(position[1]) : text.length);
    throw new Error(`${file}:${where.line}:${where.column}: not valid JSON: ${message}`, {
      cause: error,
    });
  }
}
