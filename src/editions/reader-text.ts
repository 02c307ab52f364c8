/**
 * What a reader sees on a page, defined once: the texts, the attributes read aloud or shown, the
 * meta tags crawlers and share previews show, and what stays as written (code, raw text, an
 * author's [data-no-convert]). The converter (convert/convert-html.ts) converts exactly these, the
 * edition check (check/edition-check.ts) reads them back, and the font subsetter
 * (src/fonts/page-text.ts) draws them. Pure, build time.
 */
import { parseDocument } from 'htmlparser2';
import { Element, Text, type AnyNode } from 'domhandler';

/** Elements whose content readers see but which is never converted: code and raw text. */
export const KEPT_ELEMENTS: ReadonlySet<string> = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'textarea',
  'template',
  'noscript-raw',
]);

/** Attributes whose values a reader sees or hears. */
export const TEXT_ATTRIBUTES: readonly string[] = [
  'alt',
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'label',
];

/** Attributes a printed page shows beside its text: link targets, values, its PDF's address. */
export const PRINTED_ATTRIBUTES: readonly string[] = ['href', 'value', 'data-pdf-link'];

/** Meta tags (by name or property) whose content readers or crawlers see. */
export const TEXT_META: ReadonlySet<string> = new Set([
  'description',
  'keywords',
  'author',
  'og:title',
  'og:description',
  'og:site_name',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

/** Attributes of an element, as the HTML parser gives them. */
type Attributes = Record<string, string | undefined>;

/** Whether an element's content is code no reader sees: a style, a script that is not JSON. */
export function isCode(name: string, attrs: Attributes): boolean {
  const tag = name.toLowerCase();
  return tag === 'style' || (tag === 'script' && !/json/.test(attrs.type ?? ''));
}

/** The content of a meta element when readers or crawlers see it, else undefined. */
export function metaText(attrs: Attributes): string | undefined {
  const key = attrs.name ?? attrs.property;
  return key && attrs.content && TEXT_META.has(key) ? attrs.content : undefined;
}

/** Whether an element's text stays as written: code, raw text or an author's [data-no-convert]. */
export function isKeptAsWritten(name: string, attrs: Attributes): boolean {
  return 'data-no-convert' in attrs || KEPT_ELEMENTS.has(name.toLowerCase());
}

/** One text a reader sees; `kept` when it stays as written in every edition. */
export interface ReaderText {
  text: string;
  kept: boolean;
}

/**
 * Every text a reader or crawler sees on a page, in document order: text nodes (a JSON island's
 * whole text), the text attributes and meta contents; with `printed`, also the attributes a
 * printed page shows.
 */
export function readerTexts(html: string, options: { printed?: boolean } = {}): ReaderText[] {
  const attributes = options.printed
    ? [...TEXT_ATTRIBUTES, ...PRINTED_ATTRIBUTES]
    : TEXT_ATTRIBUTES;
  const out: ReaderText[] = [];
  const walk = (node: AnyNode, kept: boolean): void => {
    if (node instanceof Text) {
      out.push({ text: node.data, kept });
      return;
    }
    if (!(node instanceof Element)) return;
    const inner = kept || isKeptAsWritten(node.name, node.attribs);
    for (const attr of attributes) {
      const value = node.attribs[attr];
      if (value) out.push({ text: value, kept: inner });
    }
    if (node.name.toLowerCase() === 'meta') {
      const content = metaText(node.attribs);
      if (content) out.push({ text: content, kept: inner });
    }
    if (isCode(node.name, node.attribs)) return;
    node.children.forEach((child) => walk(child, inner));
  };
  parseDocument(html, { decodeEntities: true }).children.forEach((node) => walk(node, false));
  return out;
}
