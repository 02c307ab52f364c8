/**
 * Label placement without overlap: blocks in one column, each as near its wanted centre as it can
 * be. Used by the timeline's event labels and the cost chart's callouts.
 */

/** A label block to place: its wanted centre and its height. */
export interface Block {
  want: number;
  height: number;
}

/**
 * Places label blocks (sorted by wanted centre) between top and bottom without overlap; returns
 * their centres.
 */
export function dodge(blocks: readonly Block[], top: number, bottom: number): number[] {
  // Three passes: push down past the previous block, pull back up from the bottom edge, push down
  // from the top.
  const centres = blocks.map((b) => b.want);
  const h = (i: number) => blocks[i]?.height ?? 0;
  const c = (i: number) => centres[i] ?? 0;
  const down = () => {
    for (let i = 0; i < centres.length; i++)
      centres[i] = Math.max(c(i), i === 0 ? top + h(i) / 2 : c(i - 1) + h(i - 1) / 2 + h(i) / 2);
  };
  down();
  for (let i = centres.length - 1; i >= 0; i--) {
    centres[i] = Math.min(
      c(i),
      i === centres.length - 1 ? bottom - h(i) / 2 : c(i + 1) - h(i + 1) / 2 - h(i) / 2,
    );
  }
  down();
  return centres;
}
