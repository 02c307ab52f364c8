/**
 * Counting GPUs with one classifier per edition (glossary `counting`): a Simplified 块, 张 or
 * 颗 (also reduplicated, 一块块) right before a GPU, a chip model (A100, H800), a chip (芯片)
 * or a card (卡, 显卡) becomes the edition's classifier; where the edition names the chip
 * rather than the card (Taiwan: 顆 GPU), the card becomes that name. Money (三块钱) and any
 * other thing keep their classifier. Build time only.
 */
import type { Counting, TraditionalEdition } from './glossary-schema.ts';
import type { Run } from './guarded-match.ts';

/** A maker's name a counted chip may carry after its classifier: 上万块英伟达 GPU. */
const makers = ['英伟达', 'NVIDIA', 'Nvidia'];

/** A chip model after a classifier: A100, H800, H20, B200. */
const model = /^[ABH]\d{2,4}(?![\d])/;

/** Builds the matcher the first stage asks at each position; null where nothing is counted. */
export function countingMatcher(
  counting: Counting,
  edition: TraditionalEdition,
): (run: Run, i: number) => { length: number; replacement: string } | null {
  const measures = new Set(counting.measures);
  const { measure, card } = counting[edition];
  const longestFirst = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
  const things = longestFirst(counting.things);
  const cards = longestFirst(counting.cards);
  return (run, i) => {
    const c = run.chars[i]!;
    if (!measures.has(c)) return null;
    let k = i + 1;
    if (run.chars[k] === c) k++; // 一块块
    const count = k - i;
    const space = run.chars[k] === ' ' ? ' ' : '';
    let from = k + space.length;
    const maker = makers.find((m) => run.chars.slice(from, from + m.length).join('') === m);
    if (maker) from += maker.length + (run.chars[from + maker.length] === ' ' ? 1 : 0);
    const rest = run.chars.slice(from, from + 8).join('');
    const head = measure.repeat(count);
    if (things.some((t) => rest.startsWith(t)) || model.test(rest))
      return { length: count, replacement: head };
    const cardWord = maker ? undefined : cards.find((t) => rest.startsWith(t));
    if (!cardWord) return null;
    if (!card) return { length: count, replacement: head };
    // 每块卡摊到 → 每顆 GPU 攤到: the card becomes the chip's name, spaced from Han text
    const end = k + space.length + Array.from(cardWord).length;
    const after = /\p{Script=Han}/u.test(run.chars[end] ?? '') ? ' ' : '';
    return { length: end - i, replacement: `${head} ${card}${after}` };
  };
}
