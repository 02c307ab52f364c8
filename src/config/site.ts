/**
 * The story's masthead: its title and one-line description, set once for every page, the
 * cover, link previews and share cards (in Simplified; the editions convert them).
 */

/**
 * The story's title: its own image. A fund that could not buy the widest road (PCIe cards, then
 * H800s with their links cut down) learned to drive fast on a narrow one; the chapters return
 * to it (萤火二号：在窄路上跑快车, 窄路上的调度, 效率之路).
 */
export const SITE_TITLE = '窄路快车';

/** The cover's deck under the title. */
export const SITE_DEK = '一家量化基金怎样攒出 DeepSeek，一张训练账单怎样震动华尔街';

/**
 * The title's phrases: a headline breaks between them, never inside one
 * (src/utils/title-phrases.ts).
 */
export const SITE_TITLE_PHRASES = ['窄路快车'] as const;

/** The title where a phone's header has room for one word only. */
export const SITE_SHORT_TITLE = '窄路快车';

/** The story in one sentence: the cover's description and link previews. */
export const SITE_DESCRIPTION =
  'DeepSeek 长篇特稿：从幻方量化的萤火集群，到 V3 与 R1 的发布、2025年1月27日的市场震荡，再到星际之门的对照。';

/** The chart the cover's share card shows: the story's contrast on one scale. */
export const COVER_CARD_CHART = 'cost-scale';

/** Who made the story, as the cover and each chapter's date line credit it. */
export const SITE_BYLINE = '特稿编辑部 撰文 · 数据组 制图';

/** When the story was first published, and when it last changed (ISO dates). */
export const PUBLISHED = '2026-11-29';
export const UPDATED = '2026-11-29';
