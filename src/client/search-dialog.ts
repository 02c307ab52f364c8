/**
 * Client: the search dialog, loaded when the reader first opens it (search.ts). Loads Pagefind
 * (its own script and the edition's index) and the edition's query table, then shows results as
 * the reader types. A query in any script or region (英伟达, 輝達, 英偉達) is also read in the
 * page's forms (search-query.ts) and both readings are searched; results show the page's own
 * text. Texts come from the dialog markup.
 */
import { rewriteQuery, type QueryTable } from './search-query.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  debouncedSearch(q: string): Promise<PagefindSearch | null>;
  search(q: string): Promise<PagefindSearch>;
}
interface Loaded {
  api: Pagefind;
  table: QueryTable;
}

const empty: QueryTable = { words: {}, chars: {} };

/**
 * Wires the search dialog inside `root` (already open): loads the index, then searches what the
 * reader types, including what was typed while this module loaded.
 */
export function startSearchDialog(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  if (!input || !list) return;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-search-${name}]`)!;
  const base = import.meta.env.BASE_URL;
  const edition = document.documentElement.dataset.edition ?? 'zh-cn';
  let loaded: Promise<Loaded> | undefined;

  const load = (): Promise<Loaded> =>
    (loaded ??= (async () => {
      part('loading').hidden = false;
      const [api, table] = await Promise.all([
        (async () => {
          const module = (await import(
            /* @vite-ignore */ `${base}pagefind/pagefind.js`
          )) as Pagefind;
          await module.options({ baseUrl: base });
          return module;
        })(),
        fetch(`${base}pagefind/query-${edition}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<QueryTable>) : empty))
          .catch(() => empty),
      ]);
      part('loading').hidden = true;
      return { api, table };
    })());

  const show = async (query: string): Promise<void> => {
    const { api, table } = await load();
    const search = await api.debouncedSearch(query);
    if (!search) return; // superseded by a newer query
    const local = rewriteQuery(query, table);
    const found = [...search.results];
    if (local !== query) {
      const seen = new Set(found.map((r) => r.id));
      for (const r of (await api.search(local)).results) if (!seen.has(r.id)) found.push(r);
      if (input.value.trim() !== query) return; // the reader typed on meanwhile
    }
    const results = await Promise.all(found.slice(0, 10).map((r) => r.data()));
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
    part('n').textContent = String(found.length);
  };

  input.addEventListener('input', () => void show(input.value.trim()));
  if (input.value.trim()) void show(input.value.trim());
  else void load();
}
