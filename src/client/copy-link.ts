/**
 * Client: clicking a section's link copies its full address and says so briefly; the link
 * still moves to the section. The confirmation text comes from the page's markup.
 */

/** Wires every [data-copy-link] on the page to the [data-copied] notice. */
export function startCopyLinks(): void {
  const notice = document.querySelector<HTMLElement>('[data-copied]');
  let timer = 0;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        if (!notice) return;
        notice.hidden = false;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => (notice.hidden = true), 2000);
      },
      () => {
        /* no permission: the link still works as a link */
      },
    );
  });
}
