/**
 * Notes that open in place: a click (or Enter) on a figure or a citation number shows its
 * sources beside it, read from the chapter's endnotes, instead of jumping down to them (the note
 * itself: source-note-popup.ts, loaded on the first such click, so a page that is only read
 * carries none of it). Without JavaScript the same mark is a link to its endnote.
 *
 * Usage: `startSourceNotes()` once on a chapter page.
 */

/** Opens source notes for every `a[data-note]` of the page (figures and citations). */
export function startSourceNotes(): void {
  const first = new AbortController();
  let popups: Promise<(anchor: HTMLAnchorElement) => void> | undefined;
  document.addEventListener(
    'click',
    (event) => {
      const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-note]');
      if (!anchor || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      popups ??= import('./source-note-popup.ts').then((m) => {
        first.abort(); // the popups' own listeners answer every later click
        return m.startSourceNotePopups();
      });
      // a failed load (the reader went offline) follows the link to the endnote instead
      popups.then(
        (open) => open(anchor),
        () => {
          popups = undefined;
          window.location.hash = anchor.hash;
        },
      );
    },
    { signal: first.signal },
  );
}
