/**
 * Turns a book part's HTML (read from a built page) into the body of an EPUB XHTML file: charts as
 * SVG in their printed states (a scrolly's small multiples, a still chart's telling state), the data
 * tables, citations as EPUB footnotes at the end of the file, links pointing inside the book, and
 * for vertical books short numbers set upright (tate-chu-yoko). Pure: HTML in, XHTML out.
 */
import { parseDocument, DomUtils } from 'htmlparser2';
import render from 'dom-serializer';
import { Element, Text, type ChildNode } from 'domhandler';

/** How one part becomes XHTML. */
export interface XhtmlOptions {
  /** The file each id lives in (ids are prefixed per part), for links between parts. */
  fileOfId: ReadonlyMap<string, string>;
  /** The text of each source by its id, for the footnotes. */
  sourceText: ReadonlyMap<string, string>;
  /** Set short numbers upright in vertical text. */
  vertical: boolean;
}

const el = (name: string, attribs: Record<string, string>, children: ChildNode[] = []) => {
  const node = new Element(name, attribs, children);
  for (const child of children) child.parent = node;
  return node;
};

/** The ids a part's HTML defines. */
export function idsOf(html: string): string[] {
  return DomUtils.findAll((e) => Boolean(e.attribs.id), parseDocument(html).children).map(
    (e) => e.attribs.id!,
  );
}

/** The text of each source entry of the sources part, by source id (its id without the prefix). */
export function sourceTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const li of DomUtils.findAll(
    (e) => e.name === 'li' && Boolean(e.attribs['data-source']),
    parseDocument(html).children,
  )) {
    const kept = li.children.filter(
      (c) => !(c instanceof Element && (c.name === 'p' || c.name === 'ul')),
    );
    const text = kept
      .map((c) => DomUtils.textContent(c))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    texts.set(li.attribs['data-source']!, text);
  }
  return texts;
}

/** The part's HTML as XHTML body content, with its footnotes appended, and the images it shows (paths in the site). */
export function partXhtml(html: string, options: XhtmlOptions): { body: string; images: string[] } {
  const doc = parseDocument(html);
  const all = (test: (e: Element) => boolean) => DomUtils.findAll(test, doc.children);
  const hasClass = (e: Element, c: string) => (e.attribs.class ?? '').split(/\s+/).includes(c);

  // one drawing per chart: the phone layout goes; a scrolly with small multiples keeps those only
  for (const svg of all((e) => e.name === 'svg' && e.attribs['data-width-class'] === 'phone'))
    DomUtils.removeElement(svg);
  for (const section of all((e) => hasClass(e, 'has-print-states')))
    for (const svg of DomUtils.findAll(
      (e) => e.name === 'svg' && Boolean(e.attribs['data-width-class']),
      section.children,
    ))
      DomUtils.removeElement(svg);
  for (const svg of all((e) => e.name === 'svg')) {
    svg.attribs.xmlns = 'http://www.w3.org/2000/svg';
    for (const node of [svg, ...DomUtils.findAll(() => true, svg.children)])
      for (const name of Object.keys(node.attribs))
        if (name.startsWith('data-') || name === 'focusable') delete node.attribs[name];
  }
  for (const e of all(() => true))
    for (const name of ['tabindex', 'data-place', 'data-pagefind-body']) delete e.attribs[name];

  // citations become footnotes, numbered as the book's sources
  const notes: Element[] = [];
  const noted = new Set<string>();
  for (const a of all((e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('#'))) {
    const target = a.attribs.href!.slice(1);
    const source = target.startsWith('sources--') ? target.slice('sources--'.length) : undefined;
    if (source && options.sourceText.has(source)) {
      const id = `note-${source}`;
      a.attribs.href = `#${id}`;
      a.attribs['epub:type'] = 'noteref';
      a.attribs.role = 'doc-noteref';
      delete a.attribs['aria-label'];
      if (!noted.has(id)) {
        noted.add(id);
        const number = DomUtils.textContent(a).replace(/[[\]\s]/g, '');
        notes.push(
          el('aside', { id, 'epub:type': 'footnote', role: 'doc-footnote' }, [
            el('p', {}, [new Text(`${number}. ${options.sourceText.get(source)}`)]),
          ]),
        );
      }
      continue;
    }
    const file = options.fileOfId.get(target);
    if (file) a.attribs.href = `${file}#${target}`;
    else DomUtils.replaceElement(a, el('span', {}, a.children));
  }

  // images travel in the book, under images/ (their path in the site, without the base path)
  const images: string[] = [];
  for (const img of all((e) => e.name === 'img' && Boolean(e.attribs.src))) {
    const path = new URL(img.attribs.src!, 'http://book.invalid/').pathname.replace(/^\/+/, '');
    const inSite = path.slice(path.indexOf('images/'));
    images.push(inSite);
    img.attribs.src = inSite;
  }

  if (options.vertical) setShortNumbersUpright(doc.children);
  const body = render(doc.children, { xmlMode: true, encodeEntities: 'utf8' });
  const footnotes = notes.length
    ? `<section class="footnotes">${render(notes, { xmlMode: true, encodeEntities: 'utf8' })}</section>`
    : '';
  return { body: body + footnotes, images };
}

/** Wraps runs of one or two digits in running text in a tate-chu-yoko span (not in charts or tables). */
function setShortNumbersUpright(nodes: ChildNode[]): void {
  for (const node of [...nodes]) {
    if (node instanceof Element) {
      if (['svg', 'table', 'figure', 'style', 'script'].includes(node.name)) continue;
      setShortNumbersUpright(node.children);
    } else if (node instanceof Text && /\d/.test(node.data)) {
      const pieces = node.data.split(/(?<![\d.,%A-Za-z])(\d{1,2})(?![\d.,A-Za-z])/);
      if (pieces.length === 1) continue;
      const replacement: ChildNode[] = pieces
        .map((piece, i) =>
          i % 2 === 1 ? el('span', { class: 'tcy' }, [new Text(piece)]) : new Text(piece),
        )
        .filter((n) => !(n instanceof Text) || n.data !== '');
      const parent = node.parent!;
      const at = parent.children.indexOf(node);
      parent.children.splice(at, 1, ...replacement);
      for (const r of replacement) r.parent = parent;
    }
  }
}
