/**
 * Build-time: reads a project-relative JSON file; a syntax error names the file, line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '../utils/parse-errors.ts';

/** The parsed JSON of a project-relative file; throws "file:line:column: not valid JSON: …". */
export function readJsonFile(file: string): unknown {
  return parseJson(readFileSync(join(process.cwd(), file), 'utf8'), file);
}
