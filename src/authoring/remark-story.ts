/**
 * Build-time MDX transform for the story components. It stops the build, naming the
 * chapter file, when a <Fact>, <Cite> or <Scrolly> refers to an id the registry does not
 * know, when an id is not a plain string, when a scrolly's steps do not match its
 * chart, when a <Sense> marks a word or sense the glossary does not have, when a hedge word
 * doubles an approximate figure's 约, when chapter prose holds an Arabic numeral outside a
 * component (a figure with no <Fact>) or a word about how the site was made, when a signed
 * figure follows a verb that already says the direction (跌去−16.97%), when a chapter's first
 * renminbi amount does not say 人民币, or when the reading line carries the ※ of a checker's
 * note; and it numbers each <Step> so that steps need no hand-written indices. Adjacent <Cite>s
 * become one group.
 */
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { doubleHedgeMessage, trailingHedge } from './hedge-check.ts';
import { findProseNumerals } from './prose-numerals.ts';
import { findSiteWords } from '../config/site-words.ts';
import {
  namesRenminbi,
  renminbiMessage,
  signedAfterVerbMessage,
  trailingDirectionVerb,
} from './figure-wording.ts';
import { CORRECTION_SIGN } from '../facts/index.ts';
import { mergeAdjacentCites } from '../story/cite-groups.ts';

/** What the transform checks ids against. */
export interface StoryRefs {
  facts: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** Chart id → number of steps. */
  charts: ReadonlyMap<string, number>;
  /**
   * Approximate facts → their text as readers see it ("约1.6万块"); a hedge word before one is an
   * error.
   */
  approxFacts?: ReadonlyMap<string, string>;
  /** Glossary word → the senses an author may mark with <Sense of="…">. */
  senses?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Facts shown with a minus sign → their text ("−16.97%"); after 跌/降/涨 they need `magnitude`.
   */
  signedFacts?: ReadonlyMap<string, string>;
  /** Renminbi amounts → their text ("10亿元"); a chapter's first one must say 人民币. */
  renminbiFacts?: ReadonlyMap<string, string>;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement extends Node {
  name: string | null;
  attributes: JsxAttribute[];
  children: Node[];
}

function isJsx(node: Node): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** The plain string value of an attribute; throws when missing or an expression. */
function stringAttr(el: JsxElement, name: string, file: string): string {
  const attr = el.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const line = el.position?.start.line;
  const at = `${file}${line ? `:${line}` : ''}: <${el.name}>`;
  if (!attr) throw new Error(`${at}: missing "${name}"`);
  if (typeof attr.value !== 'string' || !attr.value.trim())
    throw new Error(`${at}: "${name}" must be a plain string`);
  return attr.value;
}

/** The text of a sibling node, or '' when it is not text. */
function siblingText(parent: unknown, index: number | undefined): string {
  if (index === undefined) return '';
  const node = (parent as { children?: Node[] } | undefined)?.children?.[index];
  return node?.type === 'text' ? String((node as { value?: string }).value) : '';
}

/** Whether an element carries a bare boolean attribute (`<Fact id="…" magnitude />`). */
function hasFlag(el: JsxElement, name: string): boolean {
  return el.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** Checks one chapter's tree; exported for tests. */
export function checkStoryTree(tree: Node, file: string, refs: StoryRefs): void {
  let renminbiSeen = false;
  visit(tree, (node: Node, index, parent) => {
    if (!isJsx(node)) return;
    const line = node.position?.start.line;
    const at = `${file}${line ? `:${line}` : ''}`;
    if (node.name === 'Fact') {
      const id = stringAttr(node, 'id', file);
      if (!refs.facts.has(id))
        throw new Error(`${at}: <Fact id="${id}">: unknown fact id (not in content/data/facts/)`);
      const figure = refs.approxFacts?.get(id);
      const preceding = index ? siblingText(parent, index - 1) : '';
      const hedge = figure && preceding ? trailingHedge(preceding) : undefined;
      if (hedge) throw new Error(`${at}: ${doubleHedgeMessage(hedge, id, figure!)}`);
      const signed = refs.signedFacts?.get(id);
      const verb = signed ? trailingDirectionVerb(preceding) : undefined;
      if (verb && !hasFlag(node, 'magnitude'))
        throw new Error(`${at}: ${signedAfterVerbMessage(verb, id, signed!)}`);
      const renminbi = refs.renminbiFacts?.get(id);
      if (renminbi && !renminbiSeen) {
        renminbiSeen = true;
        const after = index === undefined ? '' : siblingText(parent, index + 1);
        if (!namesRenminbi(preceding, after))
          throw new Error(`${at}: ${renminbiMessage(id, renminbi)}`);
      }
    } else if (node.name === 'Quote') {
      stringAttr(node, 'speaker', file);
      const id = stringAttr(node, 'source', file);
      if (!refs.sources.has(id))
        throw new Error(
          `${at}: <Quote source="${id}">: unknown source id (not in content/data/sources/)`,
        );
    } else if (node.name === 'Cite') {
      const id = stringAttr(node, 'id', file);
      if (!refs.sources.has(id))
        throw new Error(
          `${at}: <Cite id="${id}">: unknown source id (not in content/data/sources/)`,
        );
    } else if (node.name === 'Scrolly' || node.name === 'Chart') {
      const id = stringAttr(node, node.name === 'Scrolly' ? 'chart' : 'id', file);
      const steps = refs.charts.get(id);
      if (steps === undefined)
        throw new Error(
          `${at}: <${node.name}> chart "${id}": unknown chart (known: ${[...refs.charts.keys()].join(', ')})`,
        );
      if (node.name === 'Scrolly') numberSteps(node, id, steps, at);
    } else if (node.name === 'Sense' && refs.senses) {
      const sense = stringAttr(node, 'of', file);
      const word = textOf(node);
      const known = refs.senses.get(word);
      if (!known?.has(sense)) {
        const has = known ? ` (it has: ${[...known].join(', ')})` : ' (no sense is defined for it)';
        throw new Error(
          `${at}: <Sense of="${sense}">${word}</Sense>: the glossary (content/glossary.json) has no sense "${sense}" for "${word}"${has}`,
        );
      }
    } else if (node.name === 'Step' && !node.attributes.some((a) => a.name === 'index')) {
      throw new Error(`${at}: <Step> outside a <Scrolly>`);
    }
  });
}

/** The plain text inside an element. */
function textOf(node: Node): string {
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'string') return value;
  return ((node as { children?: Node[] }).children ?? []).map(textOf).join('');
}

/**
 * Components whose text is not the story's own prose: quotations keep the speaker's figures, names
 * are protected.
 */
const QUOTING = new Set(['Quote', 'Pin', 'NoConvert']);

/** Line of `offset` inside a text node that starts on `line`. */
function lineAt(value: string, offset: number, line: number | undefined): string {
  return line === undefined ? '' : `:${line + (value.slice(0, offset).match(/\n/g)?.length ?? 0)}`;
}

/**
 * Checks every text of a chapter: no word about how the site was made anywhere, and no
 * Arabic numeral outside a quotation or a protected name. Throws naming the file and line.
 */
export function checkProse(tree: Node, file: string): void {
  const walk = (node: Node, quoted: boolean): void => {
    if (
      node.type === 'code' ||
      node.type === 'inlineCode' ||
      node.type === 'yaml' ||
      node.type === 'mdxjsEsm'
    )
      return;
    const value = (node as { value?: unknown }).value;
    if ((node.type === 'text' || node.type === 'html') && typeof value === 'string') {
      const line = node.position?.start.line;
      const [word] = findSiteWords(value);
      if (word)
        throw new Error(
          `${file}${lineAt(value, word.index, line)}: "${word.word}" speaks of how the site was made; readers do not know the word`,
        );
      const sign = value.indexOf(CORRECTION_SIGN);
      if (sign !== -1)
        throw new Error(
          `${file}${lineAt(value, sign, line)}: "${CORRECTION_SIGN}" in the reading line; a figure's status lives in its tooltip, the data tables and the page on circulating claims`,
        );
      const [numeral] = quoted ? [] : findProseNumerals(value);
      if (numeral) {
        throw new Error(
          `${file}${lineAt(value, numeral.index, line)}: the numeral "${numeral.numeral}" is typed into the prose; give the figure a <Fact id="…"> from content/data/facts/`,
        );
      }
    }
    const inside = quoted || (isJsx(node) && QUOTING.has(node.name ?? ''));
    for (const child of (node as { children?: Node[] }).children ?? []) walk(child, inside);
  };
  walk(tree, false);
}

/** Gives each direct <Step> child its index and chart; checks their number. */
function numberSteps(scrolly: JsxElement, chart: string, expected: number, at: string): void {
  const steps = scrolly.children.filter((c): c is JsxElement => isJsx(c) && c.name === 'Step');
  if (steps.length !== expected) {
    throw new Error(
      `${at}: <Scrolly chart="${chart}"> has ${steps.length} <Step>s; the chart has ${expected} states`,
    );
  }
  steps.forEach((step, index) => {
    step.attributes.push(
      { type: 'mdxJsxAttribute', name: 'index', value: String(index) },
      { type: 'mdxJsxAttribute', name: 'chart', value: chart },
    );
  });
}

/** The remark plugin: `remarkPlugins: [[remarkStory, refs]]`. */
export function remarkStory(refs: StoryRefs | (() => StoryRefs)) {
  return (tree: Node, vfile: { path?: string; cwd?: string }) => {
    const cwd = vfile.cwd ?? process.cwd();
    const file = (vfile.path ?? 'unknown.mdx').replace(`${cwd}/`, '');
    checkStoryTree(tree, file, typeof refs === 'function' ? refs() : refs);
    checkProse(tree, file);
    mergeAdjacentCites(tree);
  };
}
