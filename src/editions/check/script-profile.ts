/**
 * Which script a text is written in: how many of its characters exist only in Simplified
 * Chinese and how many only in Traditional. Used to check that a printed PDF reads in its
 * edition's script. Build-time (opencc-js's character tables).
 */
import * as OpenCC from 'opencc-js';
import type { EditionId } from '../editions.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Counts of Han characters by script; characters both scripts share count in neither. */
export interface ScriptProfile {
  han: number;
  simplifiedOnly: number;
  traditionalOnly: number;
}

/** The script profile of `text`, character by character. */
export function scriptProfile(text: string): ScriptProfile {
  const profile = { han: 0, simplifiedOnly: 0, traditionalOnly: 0 };
  for (const char of text) {
    if (!/\p{Script=Han}/u.test(char)) continue;
    profile.han++;
    if (toTraditional(char) !== char) profile.simplifiedOnly++;
    else if (toSimplified(char) !== char) profile.traditionalOnly++;
  }
  return profile;
}

/**
 * Whether `text` reads in the script of `edition`: some Han text, and of the characters that tell
 * the scripts apart at least 90% are the edition's (a page may quote a title in the other script).
 */
export function readsInScript(text: string, edition: EditionId, minimumHan = 50): boolean {
  const { han, simplifiedOnly, traditionalOnly } = scriptProfile(text);
  const own = edition === 'zh-cn' ? simplifiedOnly : traditionalOnly;
  const telling = simplifiedOnly + traditionalOnly;
  return han >= minimumHan && own > 0 && own / telling >= 0.9;
}
