/**
 * Citations side by side are one group: `<Cite id="a" /><Cite id="b" />` becomes one `<Cite>`
 * carrying both ids (`ids="a b"`), which renders as one mark ([3–5], [4, 9]) that cannot start
 * a line. Build time, on the MDX tree (src/authoring/remark-story.ts); whitespace between
 * neighbours is dropped with them.
 */
import type { Node } from 'unist';

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface Element extends Node {
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  value?: string;
}

const isCite = (node: Node | undefined): node is Element =>
  (node?.type === 'mdxJsxTextElement' || node?.type === 'mdxJsxFlowElement') &&
  (node as Element).name === 'Cite';

const idOf = (cite: Element): string =>
  String(cite.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value);

/**
 * Merges each run of adjacent <Cite> elements in `tree` into its first, with an `ids` attribute
 * listing the run's ids.
 */
export function mergeAdjacentCites(tree: Node): void {
  const walk = (node: Element): void => {
    const children = node.children;
    if (!children) return;
    for (let i = 0; i < children.length; i++) {
      const first = children[i];
      if (!isCite(first)) {
        walk(first as Element);
        continue;
      }
      const ids = [idOf(first)];
      let j = i + 1;
      for (;;) {
        const between = children[j] as Element | undefined;
        const skip = between?.type === 'text' && !between.value?.trim() ? 1 : 0;
        const next = children[j + skip];
        if (!isCite(next)) break;
        ids.push(idOf(next));
        j += skip + 1;
      }
      if (ids.length > 1) {
        children.splice(i + 1, j - i - 1);
        first.attributes = [
          ...(first.attributes ?? []),
          { type: 'mdxJsxAttribute', name: 'ids', value: ids.join(' ') },
        ];
      }
    }
  };
  walk(tree as Element);
}
