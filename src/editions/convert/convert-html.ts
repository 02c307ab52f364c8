/**
 * Converts a rendered Simplified HTML page into an edition, at build time: every text a
 * reader or crawler sees, as src/editions/reader-text.ts defines it (body, <title>, meta and Open
 * Graph, alt/title/aria-* attributes, SVG <text>, JSON islands), a block at a time so markup inside a word keeps the word whole.
 * Authors' escape hatches: [data-no-convert] keeps an element as written (the attribute
 * stays, so checks of the built site can tell kept text from converted text),
 * [data-pin-zh-tw] / [data-pin-zh-hk] give an element's text for one edition, and
 * [data-sense] picks the glossary's entry for one sense of an ambiguous word.
 */
import { parseDocument } from 'htmlparser2';
import render from 'dom-serializer';
import { Element, Text, type AnyNode, type ParentNode } from 'domhandler';
import type { TextConverter } from './convert-text.ts';
import { isCode, isKeptAsWritten, metaText, TEXT_ATTRIBUTES } from '../reader-text.ts';

/** Inline elements: their text joins the surrounding run. Everything else starts a block. */
const inline = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'data',
  'dfn',
  'em',
  'i',
  'mark',
  'q',
  'rp',
  'rt',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
  'img',
  'tspan',
  'del',
  'ins',
]);

const hasHan = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]/;

/** Converts a whole HTML document (or fragment) for the edition `edition`. */
export function convertHtml(html: string, converter: TextConverter, edition: string): string {
  const document = parseDocument(html, {
    decodeEntities: true,
    lowerCaseTags: false,
    lowerCaseAttributeNames: false,
    recognizeSelfClosing: true,
  });
  convertChildren(document, converter, edition);
  // inside SVG the serializer writes XML character references; non-ASCII ones are kept as
  // characters
  return render(document, { encodeEntities: 'utf8', decodeEntities: true }).replace(
    /&#x([0-9a-f]+);/gi,
    (ref, hex: string) => {
      const cp = parseInt(hex, 16);
      return cp > 0x7f ? String.fromCodePoint(cp) : ref;
    },
  );
}

function isElement(node: AnyNode): node is Element {
  return node instanceof Element;
}

/**
 * Handles an element's own attributes and escape hatches; returns false when its content is done.
 */
function convertOwn(el: Element, converter: TextConverter, edition: string): boolean {
  const name = el.name.toLowerCase();
  if ('data-no-convert' in el.attribs) return false;
  const sense = el.attribs['data-sense'];
  if (sense !== undefined) {
    delete el.attribs['data-sense'];
    const term = el.children.map((c) => (c instanceof Text ? c.data : '')).join('');
    el.children = [new Text(converter.sense(term, sense))];
    el.children[0]!.parent = el;
    return false;
  }
  const pin = el.attribs[`data-pin-${edition}`];
  for (const key of Object.keys(el.attribs))
    if (key.startsWith('data-pin-')) delete el.attribs[key];
  if (pin !== undefined) {
    el.children = [new Text(pin)];
    el.children[0]!.parent = el;
    return false;
  }
  for (const attr of TEXT_ATTRIBUTES) {
    const value = el.attribs[attr];
    if (value && hasHan.test(value)) el.attribs[attr] = converter.convert(value);
  }
  if (name === 'meta') {
    const content = metaText(el.attribs);
    if (content) el.attribs.content = converter.convert(content);
    return false;
  }
  if (isCode(name, el.attribs)) return false;
  if (name === 'script') {
    convertJsonIsland(el, converter);
    return false;
  }
  return !isKeptAsWritten(name, el.attribs);
}

/** Converts an element's children, grouping inline content into runs converted as wholes. */
function convertChildren(parent: ParentNode, converter: TextConverter, edition: string): void {
  let run: Text[] = [];
  const flush = () => {
    if (run.some((t) => hasHan.test(t.data))) {
      const converted = converter.convertPieces(run.map((t) => t.data));
      run.forEach((t, k) => (t.data = converted[k]!));
    }
    run = [];
  };
  for (const child of parent.children) {
    if (child instanceof Text) {
      run.push(child);
    } else if (isElement(child)) {
      if (inline.has(child.name.toLowerCase())) {
        if (convertOwn(child, converter, edition)) collectInline(child, run, converter, edition);
        else flush();
      } else {
        flush();
        if (convertOwn(child, converter, edition)) convertChildren(child, converter, edition);
      }
    }
  }
  flush();
}

/**
 * Adds an inline element's text nodes to the current run (nested blocks are converted on their
 * own).
 */
function collectInline(el: Element, run: Text[], converter: TextConverter, edition: string): void {
  for (const child of el.children) {
    if (child instanceof Text) run.push(child);
    else if (isElement(child) && convertOwn(child, converter, edition)) {
      if (inline.has(child.name.toLowerCase())) collectInline(child, run, converter, edition);
      else convertChildren(child, converter, edition);
    }
  }
}

/** Converts every string value of a JSON island (JSON-LD, chart states). */
function convertJsonIsland(el: Element, converter: TextConverter): void {
  const text = el.children.map((c) => (c instanceof Text ? c.data : '')).join('');
  if (!hasHan.test(text)) return;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return hasHan.test(value) ? converter.convert(value) : value;
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  const json = JSON.stringify(walk(JSON.parse(text))).replace(/</g, '\\u003c');
  el.children = [new Text(json)];
  el.children[0]!.parent = el;
}
