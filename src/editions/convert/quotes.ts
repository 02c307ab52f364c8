/**
 * Quotation marks for the Traditional editions: Chinese quotation “…” becomes 「…」 and
 * ‘…’ becomes 『…』, while English keeps its own marks: an apostrophe (can’t, users’) stays
 * an apostrophe, and quotation inside English text (“He said ‘no’”) keeps its curly quotes.
 */

const han = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;
const latin = /[A-Za-z0-9\u00c0-\u024f]/;

/** True for a character that belongs to Latin (English) text. */
function isLatin(c: string | undefined): boolean {
  return c !== undefined && latin.test(c);
}

/** The nearest character before i that is not a space. */
function before(chars: readonly string[], i: number): string | undefined {
  for (let k = i - 1; k >= 0; k--) if (!/\s/.test(chars[k]!)) return chars[k];
  return undefined;
}

/**
 * Converts the quotation marks of a text for a Traditional edition. A pair is Chinese
 * quotation unless its content has no Han character and it opens inside English text
 * (after a Latin letter or within an English quotation).
 */
export function convertQuotes(text: string): string {
  if (!/[“”‘’]/.test(text)) return text;
  const chars = Array.from(text);
  const out = [...chars];
  const stack: { at: number; mark: '“' | '‘'; english: boolean }[] = [];
  const hasHan = (from: number, to: number) => chars.slice(from + 1, to).some((c) => han.test(c));
  chars.forEach((c, i) => {
    if (c === '“' || c === '‘') {
      const enclosing = stack[stack.length - 1];
      const english = isLatin(before(chars, i)) || Boolean(enclosing?.english);
      stack.push({ at: i, mark: c, english });
      return;
    }
    if (c !== '”' && c !== '’') return;
    // an apostrophe: between Latin letters (can’t), or closing a Latin word with no ‘ open (users’)
    if (
      c === '’' &&
      ((isLatin(chars[i - 1]) && isLatin(chars[i + 1])) ||
        (isLatin(chars[i - 1]) && !stack.some((s) => s.mark === '‘')))
    )
      return;
    const open = c === '”' ? '“' : '‘';
    let k = stack.length - 1;
    while (k >= 0 && stack[k]!.mark !== open) k--;
    if (k < 0) {
      // a closing mark with no opening one: a lone apostrophe stays, a lone ” follows its script
      if (c === '”' && !isLatin(before(chars, i))) out[i] = '」';
      return;
    }
    const pair = stack[k]!;
    stack.length = k;
    const keep = pair.english && !hasHan(pair.at, i);
    if (!keep) {
      out[pair.at] = open === '“' ? '「' : '『';
      out[i] = open === '“' ? '」' : '』';
    }
  });
  // an opening mark never closed (a quotation running on into the next paragraph)
  for (const pair of stack) if (!pair.english) out[pair.at] = pair.mark === '“' ? '「' : '『';
  return out.join('');
}
