/**
 * Client: the search button. It opens the dialog at once; the dialog's code (search-dialog.ts,
 * with Pagefind and the query table behind it) is loaded on that first opening, so a page that
 * is only read carries none of it.
 */

/** Enables the search button on this page and opens the dialog from it. */
export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const dialog = root?.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const open = root?.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!root || !dialog || !open) return;
  let started: Promise<void> | undefined;
  open.disabled = false;
  open.addEventListener('click', () => {
    dialog.showModal();
    // a failed load (the reader went offline) is tried again at the next opening
    started ??= import('./search-dialog.ts')
      .then((m) => m.startSearchDialog(root))
      .catch(() => void (started = undefined));
  });
}
