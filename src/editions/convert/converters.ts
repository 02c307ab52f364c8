/**
 * One text converter per edition, built once from opencc-js and the glossary.
 * The single entry point the build, the tests and `npm run convert` share.
 */
import { createTextConverter, type TextConverter } from './convert-text.ts';
import { loadGlossary } from './glossary.ts';
import { getEdition, type EditionId } from '../editions.ts';

const identity: TextConverter = {
  convert: (text) => text,
  convertPieces: (pieces) => [...pieces],
  sense: (term) => term,
};
const cache = new Map<EditionId, TextConverter>();

/** The converter of an edition (zh-cn is the source and passes text through). */
export function converterFor(id: string): TextConverter {
  const edition = getEdition(id).id;
  if (edition === 'zh-cn') return identity;
  let converter = cache.get(edition);
  if (!converter) {
    converter = createTextConverter(edition, loadGlossary());
    cache.set(edition, converter);
  }
  return converter;
}
