/**
 * Name-safe conversion: a person's name is converted one character at a time, never through
 * OpenCC's phrase tables, with the characters whose everyday form is wrong in a name pinned
 * to the name's own form (范 stays 范, never 範; 里 in 杰弗里 stays 里, never 裏/裡; 钟 is the
 * surname 鍾, not the clock 鐘). Then the edition's variant characters and house style apply,
 * as to any text. Build time only.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import type { TraditionalEdition } from './glossary-schema.ts';

/**
 * Characters whose first OpenCC form is a word's and not a name's. Sources: 教育部《重編國語辭典修
 * 訂本》 (范、于、余、游、涂、朴、党、郁、后、岳、征、咸、冲、采 are surnames in their own right,
 * distinct from 範、於、餘、遊、塗、樸、黨、鬱、後、嶽、徵、鹹、衝、採); 钟 → 鍾 (姓); 里 in a
 * transliteration is 里 (中央社、明報 譯名).
 */
export const nameCharacters: Readonly<Record<string, string>> = {
  范: '范',
  于: '于',
  余: '余',
  游: '游',
  涂: '涂',
  朴: '朴',
  党: '党',
  郁: '郁',
  后: '后',
  岳: '岳',
  征: '征',
  咸: '咸',
  冲: '沖',
  干: '干',
  斗: '斗',
  占: '占',
  卷: '卷',
  采: '采',
  里: '里',
  台: '台',
  钟: '鍾',
  丰: '豐',
  杰: '傑',
};

type Pairs = Map<string, string>;
const firstForms = (dict: string): Pairs =>
  new Map(
    dict.split('|').map((line) => {
      const [key, value] = line.split(' ') as [string, string];
      return [key, Array.from(value)[0]!];
    }),
  );

let characters: Pairs | undefined;
const variants: Partial<Record<TraditionalEdition, Pairs>> = {};

/** Converts a name for an edition, character by character; `house` is the edition's house style. */
export function convertName(
  name: string,
  edition: TraditionalEdition,
  house: Readonly<Record<string, string>> = {},
): string {
  characters ??= firstForms(STCharacters);
  const variant = (variants[edition] ??= firstForms(edition === 'zh-tw' ? TWVariants : HKVariants));
  return Array.from(name)
    .map((c) => {
      const traditional = nameCharacters[c] ?? characters!.get(c) ?? c;
      const local = variant.get(traditional) ?? traditional;
      return house[local] ?? local;
    })
    .join('');
}
