/**
 * Client: the source notes themselves, loaded on the first click on a note's mark
 * (source-notes.ts): each source's title (linked to the document), publisher and date, and a link
 * to the full list, read from the chapter's endnotes and shown beside the mark. Escape, a click
 * elsewhere, a second click on the same mark or focus leaving the note closes it.
 */

/** Takes over the page's note marks (`a[data-note]`); returns what opens the note of `anchor`. */
export function startSourceNotePopups(): (anchor: HTMLAnchorElement) => void {
  const fullList = document.querySelector<HTMLAnchorElement>('[data-sources-page]');
  let open: { note: HTMLElement; anchor: HTMLAnchorElement } | undefined;

  const close = (refocus = false): void => {
    if (!open) return;
    const { note, anchor } = open;
    open = undefined;
    note.remove();
    anchor.setAttribute('aria-expanded', 'false');
    if (refocus) anchor.focus();
  };

  /** The note's content for `ids`, from the endnotes; undefined when none is there. */
  const noteFor = (ids: string[]): HTMLElement | undefined => {
    const entries = ids
      .map((id) => document.querySelector<HTMLLIElement>(`li[data-source="${CSS.escape(id)}"]`))
      .filter((entry): entry is HTMLLIElement => entry !== null);
    if (entries.length === 0) return undefined;
    const note = document.createElement('div');
    note.className = 'source-note';
    note.id = 'source-note';
    note.tabIndex = -1;
    note.setAttribute('role', 'dialog');
    for (const entry of entries) {
      const item = document.createElement('p');
      const url = entry.querySelector<HTMLAnchorElement>('.source-url')?.href;
      const title = document.createElement(url ? 'a' : 'span');
      title.className = 'source-note-title';
      title.textContent = entry.querySelector('.source-title')?.textContent ?? '';
      if (url) (title as HTMLAnchorElement).href = url;
      const meta = entry.querySelector('.source-meta')?.textContent?.replace(/^，/, '') ?? '';
      item.append(`${entry.value}. `, title, meta ? `（${meta}）` : '');
      note.append(item);
    }
    if (fullList) {
      const more = fullList.cloneNode(true) as HTMLAnchorElement;
      more.setAttribute('href', `${fullList.getAttribute('href')}#${ids[0]}`);
      more.className = 'source-note-more';
      more.append(' →');
      note.append(more);
    }
    note.setAttribute('aria-label', entries[0]!.querySelector('.source-title')?.textContent ?? '');
    return note;
  };

  const show = (anchor: HTMLAnchorElement): boolean => {
    const note = noteFor((anchor.dataset.note ?? '').split(' ').filter(Boolean));
    if (!note) return false;
    document.body.append(note);
    const mark = anchor.getBoundingClientRect();
    const margin = 8;
    const left = Math.max(
      margin,
      Math.min(mark.left, document.documentElement.clientWidth - note.offsetWidth - margin),
    );
    // below the mark, or above it where the screen has no room below and room above
    const height = note.offsetHeight;
    const above = mark.bottom + height + 6 > window.innerHeight && mark.top - height - 6 > 0;
    note.style.left = `${left + window.scrollX}px`;
    note.style.top = `${(above ? mark.top - height - 6 : mark.bottom + 6) + window.scrollY}px`;
    anchor.setAttribute('aria-expanded', 'true');
    anchor.setAttribute('aria-controls', note.id);
    open = { note, anchor };
    note.focus({ preventScroll: true });
    note.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (to && !note.contains(to) && to !== anchor) close();
    });
    return true;
  };

  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (open?.note.contains(target)) return;
    const anchor = target.closest<HTMLAnchorElement>('a[data-note]');
    const same = open && anchor === open.anchor;
    close();
    if (!anchor || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    if (same || show(anchor)) event.preventDefault();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) close(true);
  });
  window.addEventListener('resize', () => close());
  return (anchor) => void show(anchor);
}
