/**
 * The control page: one paragraph of the chapter's language and nothing else (no script, no
 * stylesheet, no image), loaded and scrolled exactly as the chapters are. What it measures is what
 * the browser and the machine cost on their own — the commit of a navigation, the first text
 * drawn in the reader's CJK fonts, and whatever else is running on the machine — so that a long
 * task on a chapter can be told from one that any page would have had. Pure.
 */

/** URL path of the control page, next to the baseline. */
export const CONTROL_PATH = '/_control/';

/** The control page's HTML: a title and one paragraph in `lang`. */
export function controlHtml(lang: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>对照页</title>',
    '<h1>对照页</h1>',
    '<p>这一页只有一段文字，没有脚本、样式表和图片：它在载入时出现的长任务，来自浏览器和机器本身。</p>',
    '',
  ].join('\n');
}
