import { describe, expect, it } from 'vitest';
import {
  createSearch,
  fillTemplate,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
} from '../../src/search/client';

const strings = {
  loading: '검색을 준비하고 있습니다…',
  noResults: '‘{query}’에 맞는 글이 없습니다.',
  results: '‘{query}’ 검색 결과 {count}건',
  unavailable: '색인을 불러오지 못했습니다.',
  devNoIndex: '개발 서버에는 색인이 없습니다.',
};

/** A Pagefind with `n` results for every query; each result's data arrives after `delay` ms. */
function fakePagefind(n: number, delay = 5): Pagefind {
  const results: PagefindResult[] = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    data: () =>
      new Promise<PagefindResultData>((ok) =>
        setTimeout(
          () => ok({ url: `/posts/p${i}/`, content: `본문 ${i} 전력 원전`, meta: { title: `글 ${i}` } }),
          delay,
        ),
      ),
  }));
  return {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    search: async () => ({ results }),
  };
}

function fakeView() {
  const state = { status: '', items: [] as string[], moreHidden: true, query: '' };
  return {
    state,
    view: {
      setStatus: (text: string) => (state.status = text),
      clear: () => (state.items = []),
      append: (results: PagefindResultData[]) => {
        const titles = results.map((r) => r.meta['title'] ?? '');
        state.items.push(...titles);
        return titles;
      },
      setMoreHidden: (hidden: boolean) => (state.moreHidden = hidden),
      setQuery: (query: string) => (state.query = query),
    },
  };
}

describe('search page behaviour', () => {
  it('shows the first page of results and the count', async () => {
    const { state, view } = fakeView();
    const search = createSearch({ load: async () => fakePagefind(25), view, strings, dev: false });
    await search.search('전력');
    expect(state.items).toHaveLength(10);
    expect(state.status).toBe('‘전력’ 검색 결과 25건');
    expect(state.moreHidden).toBe(false);
    expect(state.query).toBe('전력');
  });

  it('a quick double click on "more" adds the next two pages, each result once, in order', async () => {
    const { state, view } = fakeView();
    const search = createSearch({ load: async () => fakePagefind(25), view, strings, dev: false });
    await search.search('전력');
    await Promise.all([search.showMore(), search.showMore()]);
    expect(state.items).toEqual(Array.from({ length: 25 }, (_, i) => `글 ${i}`));
    expect(new Set(state.items).size).toBe(25);
    expect(state.moreHidden).toBe(true);
    // A third click has nothing left to add.
    expect(await search.showMore()).toEqual([]);
    expect(state.items).toHaveLength(25);
  });

  it('a page still loading for an older query is dropped when the reader types a new one', async () => {
    const { state, view } = fakeView();
    const search = createSearch({ load: async () => fakePagefind(15, 20), view, strings, dev: false });
    await search.search('전력');
    const stale = search.showMore();
    await search.search('원전');
    await stale;
    expect(state.items).toEqual(Array.from({ length: 10 }, (_, i) => `글 ${i}`));
    expect(state.status).toBe('‘원전’ 검색 결과 15건');
  });

  it('says so when nothing matches, and clears everything for an empty query', async () => {
    const { state, view } = fakeView();
    const search = createSearch({ load: async () => fakePagefind(0), view, strings, dev: false });
    await search.search('  퓌퓌  ');
    expect(state.status).toBe('‘퓌퓌’에 맞는 글이 없습니다.');
    await search.search('');
    expect(state).toMatchObject({ status: '', items: [], moreHidden: true, query: '' });
  });

  it('explains a missing index, in the dev server differently', async () => {
    for (const [dev, message] of [
      [false, strings.unavailable],
      [true, strings.devNoIndex],
    ] as const) {
      const { state, view } = fakeView();
      const search = createSearch({ load: async () => undefined, view, strings, dev });
      await search.search('전력');
      expect(state.status).toBe(message);
    }
  });
});

describe('fillTemplate', () => {
  it('fills each placeholder once and leaves the values alone', () => {
    expect(fillTemplate(strings.results, { query: '{count}', count: 3 })).toBe('‘{count}’ 검색 결과 3건');
    expect(fillTemplate('{unknown} {query}', { query: 'x' })).toBe('{unknown} x');
  });
});

/** A Pagefind over `pages` that answers each query with the pages `answer` lists. */
function fakeIndex(pages: Record<string, string>, answer: (query: string) => string[]) {
  const asked: string[] = [];
  const preloaded: string[][] = [];
  const pagefind: Pagefind = {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    search: async (query) => {
      asked.push(query);
      return {
        results: answer(query).map((id) => ({
          id,
          data: async () => ({ url: `/posts/${id}/`, content: pages[id] ?? '', meta: { title: id } }),
        })),
      };
    },
  };
  return { pagefind, asked, preloaded };
}

describe('searches behind one query', () => {
  it('runs the joined, typed and particle-free forms, lists earlier searches first and each post once', async () => {
    const { state, view } = fakeView();
    const pages = { joined: '데이터센터의 전력', spaced: '데이터 센터를 운영', both: '데이터센터 데이터 센터' };
    const { pagefind, asked } = fakeIndex(pages, (q) =>
      q === '데이터센터' ? ['joined', 'both'] : q === '데이터 센터를' || q === '데이터 센터' ? ['spaced', 'both'] : [],
    );
    const prepared: string[][] = [];
    const search = createSearch({
      load: async () => pagefind,
      prepare: async (_, plan) => void prepared.push([...plan]),
      view,
      strings,
      dev: false,
    });
    await search.search('데이터 센터를');
    expect(asked).toEqual(['데이터센터를', '데이터센터', '데이터 센터를', '데이터 센터']);
    expect(prepared).toEqual([asked]);
    expect(state.items).toEqual(['joined', 'both', 'spaced']);
    expect(state.status).toBe('‘데이터 센터를’ 검색 결과 3건');
  });

  it('drops a search whose first result lacks one of its words (Pagefind loosened it)', async () => {
    const { state, view } = fakeView();
    // Pagefind answers 수퓌퓌 through the prefix 수, and "전력 퓌퓌" by dropping 퓌퓌.
    const { pagefind } = fakeIndex({ a: '수요 전력', b: '전력 수요가' }, () => ['a', 'b']);
    const search = createSearch({ load: async () => pagefind, view, strings, dev: false });
    for (const query of ['수퓌퓌', '전력 퓌퓌']) {
      await search.search(query);
      expect(state.items).toEqual([]);
      expect(state.status).toBe(`‘${query}’에 맞는 글이 없습니다.`);
    }
    await search.search('수요');
    expect(state.items).toEqual(['a', 'b']);
  });

  it('drops a later result that lacks a word, and counts only what holds them all', async () => {
    const { state, view } = fakeView();
    // Pagefind lets a metadata word that is a prefix of the query word match: 에너지 for 에너지전환.
    const pages = { full: '에너지전환 읽기', part: '에너지 태그만', also: '에너지전환을 다룬' };
    const { pagefind } = fakeIndex(pages, () => ['full', 'part', 'also']);
    const search = createSearch({ load: async () => pagefind, view, strings, dev: false, pageSize: 2 });
    await search.search('에너지전환');
    expect(state.items).toEqual(['full', 'also']);
    expect(state.status).toBe('‘에너지전환’ 검색 결과 2건');
    expect(state.moreHidden).toBe(true);
  });
});
