/**
 * How a figure reads in a Chinese sentence, checked at build time. Two rules, both pure:
 *
 * - After a verb that already says the direction (跌, 跌去, 跌逾, 下跌, 降, 涨 …), a figure shows
 *   its magnitude: 「跌去16.97%」, never 「跌去−16.97%」 (a sign doubling the verb). The author
 *   writes `<Fact id="…" magnitude />`; the figure still comes from the registry.
 * - A renminbi amount says 人民币 at its first mention in a chapter (「10亿元人民币」 or
 *   「人民币10亿元」), so that a Taiwan or Hong Kong reader does not read 元 as their own dollar.
 */

/** Verbs that carry the direction of a change; a figure right after one shows no sign. */
const DIRECTION_VERB = /(?:下|大|暴|上|回)?(?:跌|降|涨)(?:去|逾|了|超过|超|近|至少)?$/;

/** The direction verb `text` ends with, if any (「收盘下跌」 → 「跌」). */
export function trailingDirectionVerb(text: string): string | undefined {
  return DIRECTION_VERB.exec(text.trimEnd())?.[0];
}

/** Why a signed figure after `verb` reads wrong, for an error message. */
export function signedAfterVerbMessage(verb: string, factId: string, figure: string): string {
  return `「${verb}<Fact id="${factId}" />」 would read 「${verb}${figure}」: the verb already says the direction; write <Fact id="${factId}" magnitude /> to show the figure without its sign`;
}

/** The word that makes 元 unambiguous. */
export const RENMINBI = '人民币';

/**
 * Whether a renminbi figure is named as such by the text around it: 「人民币<Fact/>」 or
 * 「<Fact/>人民币」.
 */
export function namesRenminbi(before: string, after: string): boolean {
  return before.trimEnd().slice(-6).includes(RENMINBI) || after.trimStart().startsWith(RENMINBI);
}

/** Why the first renminbi figure of a chapter needs 人民币, for an error message. */
export function renminbiMessage(factId: string, figure: string): string {
  return `the chapter's first renminbi amount <Fact id="${factId}" /> (「${figure}」) does not say 人民币: write 「${figure}人民币」 or 「人民币${figure}」, so that readers in Taiwan and Hong Kong do not read 元 as their own dollar`;
}
