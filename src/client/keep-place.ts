/**
 * Client: keeps the reader's place across editions. The switcher's links get the id of
 * the section or step the reader is at (derived from scroll position, not from events),
 * and the chosen edition is remembered for the cover page.
 */

/** localStorage key of the reader's chosen edition. */
export const EDITION_KEY = 'deepseek-story:edition';

/** The id of the last anchor whose top is above the reading line (a third down the viewport). */
export function currentAnchor(
  anchors: readonly { id: string; top: number }[],
  readingLine: number,
): string | undefined {
  let found: string | undefined;
  for (const a of anchors) {
    if (a.top <= readingLine) found = a.id;
    else break;
  }
  return found;
}

/** Wires the switcher links: current place on hover/focus/click, and the remembered choice. */
export function keepPlace(): void {
  const links = Array.from(
    document.querySelectorAll<HTMLAnchorElement>('.edition-switcher a[data-edition]'),
  );
  const update = (): void => {
    const anchors = Array.from(
      document.querySelectorAll<HTMLElement>('.article :is(h2, h3)[id], [data-place][id]'),
    ).map((el) => ({
      id: el.id,
      top: el.getBoundingClientRect().top,
    }));
    const id = currentAnchor(anchors, window.innerHeight / 3);
    for (const link of links) {
      const url = new URL(link.href);
      url.hash = id ?? '';
      link.href = url.href;
    }
  };
  for (const link of links) {
    link.addEventListener('pointerdown', update);
    link.addEventListener('focus', update);
    link.addEventListener('click', () => {
      update();
      try {
        localStorage.setItem(EDITION_KEY, link.dataset.edition ?? '');
      } catch {
        /* storage may be unavailable (private mode); the link still works */
      }
    });
  }
  const current = document.documentElement.dataset.edition;
  if (current) {
    try {
      localStorage.setItem(EDITION_KEY, current);
    } catch {
      /* ignore */
    }
  }
}
