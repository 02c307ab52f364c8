/**
 * Loads the project glossary from content/glossary.json (build time and the convert
 * command only; reads the file relative to the project root, where npm runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJson } from '../../utils/parse-errors.ts';
import { parseGlossary, type Glossary } from './glossary-schema.ts';

/** Project-relative path of the glossary, as error messages name it. */
export const glossaryFile = 'content/glossary.json';

/** Reads, parses and checks the glossary; throws naming the file and the field. */
export function loadGlossary(root: string = process.cwd()): Glossary {
  return parseGlossary(
    parseJson(readFileSync(join(root, glossaryFile), 'utf8'), glossaryFile),
    glossaryFile,
  );
}
