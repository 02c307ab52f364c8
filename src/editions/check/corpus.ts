/**
 * The editions' test corpus (content/editions/corpus/sentences.json): Simplified
 * sentences with the zh-TW and zh-HK text a local editor signs off, and the glossary
 * decisions each rests on. Shared by the corpus test and `npm run editions:score`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertHtml } from '../convert/convert-html.ts';
import type { TextConverter } from '../convert/convert-text.ts';
import type { TraditionalEdition } from '../convert/glossary-schema.ts';

/**
 * One sentence of the corpus. `cn` may mark a sense as an author does: <Sense of="program">程
 * 序</Sense>.
 */
export interface CorpusSentence {
  group: string;
  cn: string;
  'zh-tw': string;
  'zh-hk': string;
  /**
   * Glossary entries the expected text rests on: "英伟达", "程序#program" for a sense, "counting"
   * for the GPU classifier.
   */
  decisions?: string[];
}

/** Project-relative path of the corpus. */
export const corpusFile = 'content/editions/corpus/sentences.json';

const senseMark = /<Sense of="([^"]+)">([^<]*)<\/Sense>/g;

/** Reads the corpus. */
export function loadCorpus(root: string = process.cwd()): CorpusSentence[] {
  return JSON.parse(readFileSync(join(root, corpusFile), 'utf8')) as CorpusSentence[];
}

/** The sentence as a reader of zh-CN sees it (sense marks dropped). */
export function plainSource(cn: string): string {
  return cn.replace(senseMark, '$2');
}

/** Converts a corpus sentence the way a page does: sense marks become what <Sense> renders. */
export function convertSentence(
  cn: string,
  converter: TextConverter,
  edition: TraditionalEdition,
): string {
  const html = cn.replace(senseMark, '<span data-sense="$1">$2</span>');
  return convertHtml(html, converter, edition).replace(/<span>([^<]*)<\/span>/g, '$1');
}
