/**
 * Client: the chapter's contents stay one closed line on phones and open on wide screens,
 * where there is room for them; a click on an entry closes it again on a phone.
 */

/** Opens the contents on wide screens; closes it after a jump on narrow ones. */
export function startToc(): void {
  const toc = document.querySelector<HTMLDetailsElement>('details[data-toc]');
  if (!toc) return;
  const wide = matchMedia('(min-width: 960px)');
  toc.open = wide.matches;
  toc.addEventListener('click', (event) => {
    if (!wide.matches && (event.target as Element).closest('a')) toc.open = false;
  });
}
