/**
 * What the search page does, without the DOM: run a query (and its broadened form), keep the results,
 * show them a page at a time, and say what happened. search.astro's script gives it a view (page.ts
 * draws results into the document); the unit tests give it a fake view and a fake Pagefind.
 */
import { broadenKoreanQuery } from './korean-query';

/** The parts of Pagefind's browser API the page uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** The status lines, from the UI string table (`ui.searchStatus`), with {query} and {count} placeholders. */
export interface SearchStrings {
  loading: string;
  noResults: string;
  results: string;
  unavailable: string;
  devNoIndex: string;
}

/** `template` with each {name} replaced by `values[name]`, in one pass (a query holding "{count}" stays). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Where results go. `append` returns what it drew, so the page can focus the first new result. */
export interface SearchView<E> {
  setStatus(text: string): void;
  clear(): void;
  append(results: PagefindResultData[]): E[];
  setMoreHidden(hidden: boolean): void;
  /** The query as the page's address should show it ("" for none). */
  setQuery(query: string): void;
}

export interface SearchOptions<E> {
  /** Loads and initialises Pagefind; undefined when the index cannot be loaded. */
  load: () => Promise<Pagefind | undefined>;
  view: SearchView<E>;
  strings: SearchStrings;
  /** The dev server serves the last build's index and says so when there is none. */
  dev: boolean;
  pageSize?: number;
}

export function createSearch<E>({ load, view, strings, dev, pageSize = 10 }: SearchOptions<E>) {
  let api: Promise<Pagefind | undefined> | undefined;
  let results: PagefindResult[] = [];
  let shown = 0;
  let latest = 0;
  // Pages of results are added one after another, in order, however fast the reader clicks.
  let queue: Promise<unknown> = Promise.resolve();

  function pagefind(): Promise<Pagefind | undefined> {
    api ??= load().then((loaded) => {
      if (!loaded) view.setStatus(dev ? strings.devNoIndex : strings.unavailable);
      return loaded;
    });
    return api;
  }

  /**
   * Shows the next `pageSize` results of search `run`. The slice is taken before anything is awaited,
   * so a second click while the first page loads shows the page after it, never the same one twice.
   */
  function showMore(run = latest): Promise<E[]> {
    const next = results.slice(shown, shown + pageSize);
    shown += next.length;
    const total = results.length;
    const data = Promise.all(next.map((r) => r.data()));
    const appended = queue.then(async () => {
      const loaded = await data;
      if (run !== latest) return [];
      const items = view.append(loaded);
      view.setMoreHidden(shown >= total);
      return items;
    });
    queue = appended.catch(() => undefined);
    return appended;
  }

  async function search(raw: string): Promise<void> {
    const run = ++latest;
    const query = raw.trim();
    view.setQuery(query);
    if (!query) {
      view.clear();
      view.setStatus('');
      view.setMoreHidden(true);
      return;
    }
    const loaded = await pagefind();
    if (!loaded || run !== latest) return;
    // The literal query first, then what only the query without particles finds (see korean-query.ts).
    const broader = broadenKoreanQuery(query);
    const searches = await Promise.all([query, ...(broader ? [broader] : [])].map((q) => loaded.search(q)));
    if (run !== latest) return;
    const seen = new Set<string>();
    results = searches.flatMap((s) => s.results).filter((r) => !seen.has(r.id) && !!seen.add(r.id));
    shown = 0;
    view.clear();
    await showMore(run);
    if (run !== latest) return;
    const template = results.length === 0 ? strings.noResults : strings.results;
    view.setStatus(fillTemplate(template, { query, count: results.length }));
  }

  /** Loads the index before the first query, saying so while it loads. */
  async function warmUp(): Promise<void> {
    view.setStatus(strings.loading);
    const loaded = await pagefind();
    if (loaded && latest === 0) view.setStatus('');
  }

  return { search, showMore: () => showMore(), warmUp };
}
