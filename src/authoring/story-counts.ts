/**
 * The story's measures, from the chapter sources: how many Han characters a reader reads in
 * each chapter (body, step captions and block quotations; not headings, attributions or
 * chart tables), how often the text sends the reader to another chapter （见第X章）, whether a
 * chapter ends in a coda (a last section called 后来, 此后, 余波 or 后记), and the sentences two
 * chapters share. Pure: the caller reads the files and renders the figures.
 */

/** The limits the story keeps (issue 24: the edit a magazine would run). */
export const STORY_LIMITS = {
  /** Han characters per chapter 1–5. */
  chapterHan: { min: 3300, max: 4500 },
  /** Han characters in chapters 1–5 together. */
  totalHan: { min: 18000, max: 21000 },
  /** （见第X章） signposts in the whole story. */
  signposts: 5,
  /** Chapters ending in a coda. */
  codas: 2,
  /** A sentence this long (in Han) may appear in one chapter only. */
  repeatedSentenceHan: 12,
} as const;

/** Renders a <Fact>'s figure as readers see it. */
export type FigureText = (id: string, magnitude: boolean) => string;

const HAN = /\p{Script=Han}/gu;

/** The number of Han characters (CJK ideographs) in `text`. */
export function hanCount(text: string): number {
  return text.match(HAN)?.length ?? 0;
}

/** The chapter source without its frontmatter. */
function bodyOf(source: string): string {
  return source.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/**
 * The words a reader reads in a chapter: body paragraphs, step captions and block quotations,
 * with each <Fact> as its figure; headings, citations, tags and their attributes (a quotation's
 * speaker, a pinned form) and link targets dropped.
 */
export function readerText(source: string, figure: FigureText): string {
  return bodyOf(source)
    .split('\n')
    .filter((line) => !/^#{1,6}\s/.test(line))
    .join('\n')
    .replace(/<Fact\s+id="([^"]+)"([^>]*)\/>/g, (_, id: string, rest: string) =>
      figure(id, /\bmagnitude\b/.test(rest)),
    )
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** The （见第X章） signposts in a chapter source, as written. */
export function signposts(source: string): string[] {
  return (
    bodyOf(source).match(/（见\s*\[?(?:第[一二三四五六七八九十]+章|尾声|下一章)[^）]*）/g) ?? []
  );
}

/** The heading of a chapter's last section, if any. */
export function lastSection(source: string): string | undefined {
  const headings = bodyOf(source).match(/^##\s+(.+)$/gm);
  return headings
    ?.at(-1)
    ?.replace(/^##\s+/, '')
    .trim();
}

/** Whether the chapter's last section is a coda (后来, 此后, 余波, 后记 …). */
export function endsInCoda(source: string): boolean {
  return /^(后来|此后|余波|后记)/.test(lastSection(source) ?? '');
}

/** The sentences of a text with at least `minHan` Han characters, whitespace removed. */
export function sentences(text: string, minHan: number): string[] {
  return text
    .split(/[。！？；\n]/)
    .map((s) => s.replace(/\s+/g, '').replace(/^[”’」』）]+/, ''))
    .filter((s) => hanCount(s) >= minHan);
}

/** Sentences that appear in more than one of the named texts, with the names that share them. */
export function sharedSentences(
  texts: { name: string; text: string }[],
  minHan: number,
): { sentence: string; in: string[] }[] {
  const where = new Map<string, Set<string>>();
  for (const { name, text } of texts) {
    for (const s of sentences(text, minHan)) where.set(s, (where.get(s) ?? new Set()).add(name));
  }
  return [...where]
    .filter(([, names]) => names.size > 1)
    .map(([sentence, names]) => ({ sentence, in: [...names] }));
}

/** One chapter's measures. */
export interface ChapterMeasure {
  name: string;
  han: number;
  signposts: number;
  coda: boolean;
}

/** The measures of each chapter and the limits they break, in words naming the file. */
export function measureStory(
  chapters: { name: string; source: string }[],
  figure: FigureText,
): { chapters: ChapterMeasure[]; totalHan: number; problems: string[] } {
  const L = STORY_LIMITS;
  const measured = chapters.map((c) => ({
    name: c.name,
    text: readerText(c.source, figure),
    signposts: signposts(c.source).length,
    coda: endsInCoda(c.source),
  }));
  const rows = measured.map((m) => ({
    name: m.name,
    han: hanCount(m.text),
    signposts: m.signposts,
    coda: m.coda,
  }));
  const totalHan = rows.reduce((sum, r) => sum + r.han, 0);
  const problems: string[] = [];
  for (const r of rows) {
    if (r.han < L.chapterHan.min || r.han > L.chapterHan.max)
      problems.push(
        `${r.name}: ${r.han} Han characters; a chapter runs ${L.chapterHan.min}–${L.chapterHan.max}`,
      );
  }
  if (totalHan < L.totalHan.min || totalHan > L.totalHan.max)
    problems.push(
      `chapters 1–5: ${totalHan} Han characters in all; the story runs ${L.totalHan.min}–${L.totalHan.max}`,
    );
  const signs = rows.reduce((sum, r) => sum + r.signposts, 0);
  if (signs > L.signposts)
    problems.push(
      `${signs} （见第X章） signposts (${rows
        .filter((r) => r.signposts)
        .map((r) => `${r.name}: ${r.signposts}`)
        .join(', ')}); the story allows ${L.signposts}`,
    );
  const codas = rows.filter((r) => r.coda).map((r) => r.name);
  if (codas.length > L.codas)
    problems.push(
      `${codas.length} chapters end in a coda (${codas.join(', ')}); the story allows ${L.codas}`,
    );
  for (const shared of sharedSentences(measured, L.repeatedSentenceHan))
    problems.push(`the sentence 「${shared.sentence}」 appears in ${shared.in.join(' and ')}`);
  return { chapters: rows, totalHan, problems };
}
