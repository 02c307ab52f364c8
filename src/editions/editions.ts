/**
 * The three script editions of the story: their ids, language tags, URL prefixes and
 * names. Plain data, safe to import from client code.
 */

/** An edition id, also the URL prefix: /zh-cn/, /zh-tw/, /zh-hk/. */
export type EditionId = 'zh-cn' | 'zh-tw' | 'zh-hk';

/** What a page needs to know about an edition. */
export interface Edition {
  id: EditionId;
  /** BCP 47 tag for `lang` and `hreflang`. */
  lang: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The edition's name, in its own script. */
  name: string;
  /** A short label for the switcher. */
  short: string;
}

/** All editions, the Simplified source first. */
export const editions: readonly Edition[] = [
  { id: 'zh-cn', lang: 'zh-CN', ogLocale: 'zh_CN', name: '简体中文（中国大陆）', short: '简' },
  { id: 'zh-tw', lang: 'zh-TW', ogLocale: 'zh_TW', name: '繁體中文（台灣）', short: '台' },
  { id: 'zh-hk', lang: 'zh-HK', ogLocale: 'zh_HK', name: '繁體中文（香港）', short: '港' },
];

/** The edition the content is written in. */
export const sourceEdition: EditionId = 'zh-cn';

/** True when `id` names an edition. */
export function isEditionId(id: unknown): id is EditionId {
  return typeof id === 'string' && editions.some((e) => e.id === id);
}

/** The edition with this id; throws for an unknown id, naming it. */
export function getEdition(id: string): Edition {
  const edition = editions.find((e) => e.id === id);
  if (!edition)
    throw new Error(
      `unknown edition "${id}" (expected one of ${editions.map((e) => e.id).join(', ')})`,
    );
  return edition;
}
