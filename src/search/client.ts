/**
 * What the search page does, without the DOM: run the searches of a query (query-plan.ts), keep the
 * results, show them a page at a time, and say what happened. search.astro's script gives it a view
 * (page.ts draws results into the document); the unit tests give it a fake view and a fake Pagefind.
 */
import type { Anchor } from './excerpt';
import { highlightTerms, holdsEveryWord, searchPlan } from './query-plan';

/** The parts of Pagefind's browser API the page uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  /** The page's indexed text; the excerpt is built from it (excerpt.ts). */
  content: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  anchors?: Anchor[];
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
  preload(term: string): Promise<void>;
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
  /** `terms`: what to mark in them (query-plan.ts highlightTerms). */
  append(results: PagefindResultData[], terms: readonly string[]): E[];
  setMoreHidden(hidden: boolean): void;
  /** The query as the page's address should show it ("" for none). */
  setQuery(query: string): void;
  /** Whether a query found nothing, so the page can offer other ways in. */
  setEmpty?(empty: boolean): void;
}

export interface SearchOptions<E> {
  /** Loads and initialises Pagefind; undefined when the index cannot be loaded. */
  load: () => Promise<Pagefind | undefined>;
  /** Loads what the searches need before they run (chunks.ts). */
  prepare?: (pagefind: Pagefind, searches: readonly string[]) => Promise<void>;
  view: SearchView<E>;
  strings: SearchStrings;
  /** The dev server serves the last build's index and says so when there is none. */
  dev: boolean;
  pageSize?: number;
}

/** What a result's check reads: its text and every metadata field (the search tokens too). */
const searchableText = (data: PagefindResultData) => [data.content, ...Object.values(data.meta)].join(' ');

/** A result and the search (of the plan) that found it, which it must hold every word of. */
export interface Candidate {
  result: PagefindResult;
  search: string;
}

/**
 * Runs every search of the plan and merges their results: earlier searches first, each page once.
 * A search whose first result lacks one of its words found nothing real (holdsEveryWord) and is dropped
 * whole, without loading its other results; the others are checked one by one as they are shown.
 */
export async function runSearches(
  pagefind: Pagefind,
  plan: readonly string[],
): Promise<{ candidates: Candidate[]; found: string[] }> {
  const searches = await Promise.all(plan.map((query) => pagefind.search(query)));
  const kept = await Promise.all(
    searches.map(async ({ results }, i) => {
      const first = results[0];
      if (!first) return [];
      const search = plan[i] as string;
      return holdsEveryWord(searchableText(await first.data()), search)
        ? results.map((result) => ({ result, search }))
        : [];
    }),
  );
  const seen = new Set<string>();
  const candidates = kept.flat().filter(({ result }) => !seen.has(result.id) && !!seen.add(result.id));
  return { candidates, found: plan.filter((_, i) => (kept[i]?.length ?? 0) > 0) };
}

export function createSearch<E>({ load, prepare, view, strings, dev, pageSize = 10 }: SearchOptions<E>) {
  let api: Promise<Pagefind | undefined> | undefined;
  let candidates: Candidate[] = [];
  let terms: string[] = [];
  /** Candidates looked at (shown or dropped), and how many of them were dropped. */
  let looked = 0;
  let dropped = 0;
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

  /** Results found so far: every candidate, less those found wanting when they were about to be shown. */
  const count = () => candidates.length - dropped;

  /**
   * Shows the next `pageSize` results of search `run` that hold every word of their search. Runs in
   * the queue, so a second click while the first page loads shows the page after it, never the same.
   */
  function showMore(run = latest): Promise<E[]> {
    const appended = queue.then(async () => {
      const page: PagefindResultData[] = [];
      while (page.length < pageSize && looked < candidates.length && run === latest) {
        const batch = candidates.slice(looked, looked + pageSize - page.length);
        looked += batch.length;
        const data = await Promise.all(batch.map(({ result }) => result.data()));
        data.forEach((d, i) => {
          if (holdsEveryWord(searchableText(d), (batch[i] as Candidate).search)) page.push(d);
          else dropped++;
        });
      }
      if (run !== latest) return [];
      const items = view.append(page, terms);
      view.setMoreHidden(looked >= candidates.length);
      return items;
    });
    queue = appended.catch(() => undefined);
    return appended;
  }

  async function search(raw: string): Promise<void> {
    const run = ++latest;
    const query = raw.trim();
    view.setQuery(query);
    view.setEmpty?.(false);
    if (!query) {
      view.clear();
      view.setStatus('');
      view.setMoreHidden(true);
      return;
    }
    const loaded = await pagefind();
    if (!loaded || run !== latest) return;
    const plan = searchPlan(query);
    await prepare?.(loaded, plan);
    const outcome = await runSearches(loaded, plan);
    if (run !== latest) return;
    candidates = outcome.candidates;
    terms = highlightTerms(outcome.found);
    looked = 0;
    dropped = 0;
    view.clear();
    await showMore(run);
    if (run !== latest) return;
    const template = count() === 0 ? strings.noResults : strings.results;
    view.setStatus(fillTemplate(template, { query, count: count() }));
    view.setEmpty?.(count() === 0);
  }

  /** Loads the index before the first query, saying so while it loads. */
  async function warmUp(): Promise<void> {
    view.setStatus(strings.loading);
    const loaded = await pagefind();
    if (loaded && latest === 0) view.setStatus('');
  }

  return { search, showMore: () => showMore(), warmUp };
}
