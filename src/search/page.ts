/**
 * The search page's script: finds the form, draws results into the list and wires input, Escape and
 * "more" to the search in client.ts. Its strings come from the page (data attributes), so no string
 * table is shipped to the browser; Pagefind's own JS is imported only when the page starts.
 */
import { createSearch, type Pagefind, type PagefindResultData, type SearchStrings } from './client';
import { excerptParts } from './excerpt';

const EXCERPT_WORDS = 24;

/** Pagefind's module, imported on first use; a URL built at run time so the bundler leaves it alone. */
async function loadPagefind(scriptPath: string): Promise<Pagefind | undefined> {
  try {
    const module: Pagefind = await import(/* @vite-ignore */ new URL(scriptPath, location.origin).href);
    await module.options({ excerptLength: EXCERPT_WORDS });
    await module.init();
    return module;
  } catch {
    return undefined;
  }
}

function resultItem(data: PagefindResultData, dateFormat: Intl.DateTimeFormat): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  item.append(heading);
  const day = data.meta['date'];
  if (day) {
    const time = document.createElement('time');
    time.dateTime = day;
    time.textContent = dateFormat.format(new Date(`${day}T00:00:00Z`));
    item.append(time);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  // Text nodes, never innerHTML: nothing in an indexed page can become markup here (excerpt.ts).
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(excerpt);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !input || !status || !list || !more) return;
  const { locale, strings, script = '', dev } = form.dataset;
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC', // meta.date is already the calendar day in the site's time zone
  });

  const search = createSearch<HTMLLIElement>({
    load: () => loadPagefind(script),
    strings: JSON.parse(strings ?? '{}') as SearchStrings,
    dev: dev !== undefined,
    view: {
      setStatus: (text) => (status.textContent = text),
      clear: () => list.replaceChildren(),
      append: (results) => {
        const items = results.map((data) => resultItem(data, dateFormat));
        list.append(...items);
        return items;
      },
      setMoreHidden: (hidden) => (more.hidden = hidden),
      setQuery: (query) => {
        const url = new URL(location.href);
        if (query) url.searchParams.set('q', query);
        else url.searchParams.delete('q');
        history.replaceState(null, '', url);
      },
    },
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void search.search(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search.search(input.value), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      void search.search('');
    }
  });
  more.addEventListener('click', async () => {
    const [first] = await search.showMore();
    first?.querySelector('a')?.focus();
  });

  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  input.focus();
  if (initial) void search.search(initial);
  else void search.warmUp();
}
