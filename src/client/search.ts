/**
 * Client: the search dialog. Loads Pagefind (its own script and the edition's index) on
 * first open, then shows results as the reader types. Texts come from the dialog markup.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  debouncedSearch(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Wires the search button and dialog on this page. */
export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const dialog = root?.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = root?.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  if (!root || !dialog || !input || !list) return;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
  const base = import.meta.env.BASE_URL;
  let pagefind: Promise<Pagefind> | undefined;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= (async () => {
      part('loading').hidden = false;
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await module.options({ baseUrl: base });
      part('loading').hidden = true;
      return module;
    })());

  const show = async (query: string): Promise<void> => {
    const api = await load();
    const search = await api.debouncedSearch(query);
    if (!search) return; // superseded by a newer query
    const results = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds <mark>
        item.append(link, excerpt);
        return item;
      }),
    );
    part('empty').hidden = !query || results.length > 0;
    part('count').hidden = results.length === 0;
    part('n').textContent = String(search.results.length);
  };

  const open = root.querySelector<HTMLButtonElement>('[data-search-open]');
  if (open) open.disabled = false;
  open?.addEventListener('click', () => {
    dialog.showModal();
    void load();
  });
  input.addEventListener('input', () => void show(input.value.trim()));
}
