/**
 * The search page's script: finds the form, draws results into the list and wires input, Escape and
 * "more" to the search in client.ts. Its strings come from the page (data attributes), so no string
 * table is shipped to the browser; Pagefind's own JS is imported only when the page starts.
 */
import { preloadChunks } from './chunks';
import { createSearch, type Pagefind, type PagefindResultData, type SearchStrings } from './client';
import { buildExcerpt, markText, type ExcerptPart } from './excerpt';
import { EXCERPT_WORDS, META_WEIGHTS } from './search-settings';

/** Pagefind's module, imported on first use; a URL built at run time so the bundler leaves it alone. */
async function loadPagefind(scriptPath: string): Promise<Pagefind | undefined> {
  try {
    const module: Pagefind = await import(/* @vite-ignore */ new URL(scriptPath, location.origin).href);
    // exactDiacritics: Hangul is compared by whole syllables (see korean-verbs.ts). The excerpt is ours.
    await module.options({ exactDiacritics: true, excerptLength: 1, ranking: { metaWeights: META_WEIGHTS } });
    await module.init();
    return module;
  } catch {
    return undefined;
  }
}

/** Text nodes and <mark>s, never innerHTML: nothing in an indexed page can become markup here. */
function appendParts(parent: HTMLElement, parts: readonly ExcerptPart[]): void {
  for (const part of parts) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else parent.append(part.text);
  }
}

function resultItem(data: PagefindResultData, terms: readonly string[], dateFormat: Intl.DateTimeFormat) {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  appendParts(link, markText(data.meta['title'] ?? data.url, terms));
  heading.append(link);
  // The reviewed work and who made it, marked too: a post found by its author or its work shows why.
  const subject = [[data.meta['work'], data.meta['issue']].filter(Boolean).join(' '), data.meta['creators']]
    .filter(Boolean)
    .join(' · ');
  if (subject) {
    const line = document.createElement('p');
    line.className = 'subject';
    appendParts(line, markText(subject, terms));
    item.append(line);
  }
  item.append(heading);
  const excerpt = buildExcerpt(data.content, data.anchors ?? [], terms, EXCERPT_WORDS);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const day = data.filters?.['date']?.[0];
  if (day) {
    const time = document.createElement('time');
    time.dateTime = day;
    time.textContent = dateFormat.format(new Date(`${day}T00:00:00Z`));
    meta.append(time);
  }
  if (excerpt.section) {
    // The section the shown match is in, marked with § rather than the "#" of the heading links: in a
    // result, "# 냉각" read as a tag (tags are written "#에너지" on every listing).
    const section = document.createElement('a');
    section.className = 'section';
    section.href = `${data.url}#${encodeURIComponent(excerpt.section.id)}`;
    // Marked too: a match in the heading alone is seen here.
    appendParts(section, markText(`§ ${excerpt.section.text}`, terms));
    meta.append(section);
  }
  if (meta.childNodes.length) item.append(meta);
  const text = document.createElement('p');
  text.className = 'excerpt';
  appendParts(text, excerpt.parts);
  item.append(text);
  return item;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const empty = document.querySelector<HTMLElement>('[data-search-empty]');
  if (!form || !input || !status || !list || !more) return;
  const { locale, strings, script = '', chunks = '', dev } = form.dataset;
  const dateFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC', // the date filter is already the calendar day in the site's time zone
  });

  const search = createSearch<HTMLLIElement>({
    load: () => loadPagefind(script),
    prepare: (pagefind, searches) => preloadChunks(pagefind, searches, chunks),
    strings: JSON.parse(strings ?? '{}') as SearchStrings,
    dev: dev !== undefined,
    view: {
      setStatus: (text) => (status.textContent = text),
      clear: () => list.replaceChildren(),
      append: (results, terms) => {
        const items = results.map((data) => resultItem(data, terms, dateFormat));
        list.append(...items);
        return items;
      },
      setMoreHidden: (hidden) => (more.hidden = hidden),
      setEmpty: (nothing) => empty && (empty.hidden = !nothing),
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
  // Arrow keys walk from the field through the results' titles and back, as in a list of suggestions.
  const titles = () => [...list.querySelectorAll<HTMLAnchorElement>('.result h2 a')];
  form.parentElement?.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = titles();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
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
