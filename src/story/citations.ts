/**
 * Which sources a chapter cites: through <Cite id> directly and through the sources of
 * every <Fact id> it shows. Build time; unknown ids throw naming the chapter file.
 */
import { getFact, getSource } from '../data/registry.ts';

/** Source ids cited by an MDX body, in order of first citation. */
export function citedSourceIds(body: string, file: string): string[] {
  const ids = new Set<string>();
  for (const [, kind, id] of body.matchAll(/<(Cite|Fact)\s+id="([^"]+)"/g)) {
    if (kind === 'Cite') ids.add(getSource(id, file).id);
    else for (const s of getFact(id, file).sources) ids.add(s);
  }
  return [...ids];
}
