/**
 * A title as phrases a line may break between but never inside (Chinese headlines break at
 * phrase boundaries, not wherever a character ends). Pure; the markup is built by the caller.
 */

/** One phrase of a title and whether a space follows it. */
export interface Phrase {
  text: string;
  space: boolean;
}

/**
 * Cuts `title` into `phrases` (given without the spaces between them): ("DeepSeek：一家量化基金的
 * AI 突围", ["DeepSeek：", "一家量化基金的", "AI 突围"]). Throws when the phrases do not spell the
 * title.
 */
export function titlePhrases(title: string, phrases: readonly string[]): Phrase[] {
  let at = 0;
  const out = phrases.map((text) => {
    if (!title.startsWith(text, at))
      throw new Error(
        `title phrases ${JSON.stringify(phrases)} do not spell "${title}" (at "${text}")`,
      );
    at += text.length;
    const space = title[at] === ' ';
    if (space) at++;
    return { text, space };
  });
  if (at !== title.length)
    throw new Error(`title phrases ${JSON.stringify(phrases)} leave out "${title.slice(at)}"`);
  return out;
}

/** The phrases as HTML: each in a `<span class="phrase">` (kept whole by CSS), spaces between. */
export function phrasesHtml(phrases: readonly Phrase[]): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return phrases
    .map((p) => `<span class="phrase">${escape(p.text)}</span>${p.space ? ' ' : ''}`)
    .join('');
}
