/** Open Graph cards, the pure parts: cache key, cache, layout tree. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedCard, diskCache, type CardCache } from '../../src/og/cache.ts';
import {
  OG_HEIGHT,
  OG_TEMPLATE_VERSION,
  OG_WIDTH,
  cardTree,
  titleFontSize,
  type CardContent,
  type OgNode,
} from '../../src/og/card.ts';
import { cardKey } from '../../src/og/key.ts';

const card: CardContent = {
  title: 'AI가 전기를 먹는다',
  kicker: '매거진 리뷰',
  subject: 'MIT Technology Review',
  blogName: '김민제의 블로그',
};
const FONT = 'pretendard-0123456789abcdef';

describe('cardKey', () => {
  it('is stable for the same input', () => {
    expect(cardKey(card, FONT)).toBe(cardKey({ ...card }, FONT));
    expect(cardKey(card, FONT)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with everything the card shows', () => {
    const base = cardKey(card, FONT);
    expect(cardKey({ ...card, title: 'AI가 전기를 먹는다 (수정)' }, FONT)).not.toBe(base);
    expect(cardKey({ ...card, kicker: '책 리뷰' }, FONT)).not.toBe(base);
    expect(cardKey({ ...card, subject: 'Wired' }, FONT)).not.toBe(base);
    expect(cardKey({ ...card, blogName: '다른 블로그' }, FONT)).not.toBe(base);
  });

  it('changes with the font files and the template version', () => {
    const base = cardKey(card, FONT);
    expect(cardKey(card, 'pretendard-fedcba9876543210')).not.toBe(base);
    expect(cardKey(card, FONT, OG_TEMPLATE_VERSION + 1)).not.toBe(base);
  });

  it('does not confuse field boundaries or a missing field with an empty one', () => {
    expect(cardKey({ ...card, kicker: 'a', subject: 'bc' }, FONT)).not.toBe(
      cardKey({ ...card, kicker: 'ab', subject: 'c' }, FONT),
    );
    const { subject: _subject, ...withoutSubject } = card;
    expect(cardKey(withoutSubject, FONT)).toBe(cardKey({ ...card, subject: '' }, FONT));
  });

  it('treats NFD and NFC Hangul as the same title', () => {
    expect(cardKey({ ...card, title: card.title.normalize('NFD') }, FONT)).toBe(cardKey(card, FONT));
  });
});

function memoryCache(): CardCache & { store: Map<string, Buffer> } {
  const store = new Map<string, Buffer>();
  return {
    store,
    get: async (key) => store.get(key),
    put: async (key, png) => void store.set(key, png),
  };
}

describe('cachedCard', () => {
  it('renders on a miss and stores the result', async () => {
    const cache = memoryCache();
    const render = vi.fn(async () => Buffer.from('png-1'));
    expect((await cachedCard('k1', cache, render)).toString()).toBe('png-1');
    expect(render).toHaveBeenCalledTimes(1);
    expect(cache.store.get('k1')?.toString()).toBe('png-1');
  });

  it('returns a warm entry without calling the renderer', async () => {
    const cache = memoryCache();
    cache.store.set('k1', Buffer.from('cached'));
    const render = vi.fn(async () => Buffer.from('fresh'));
    expect((await cachedCard('k1', cache, render)).toString()).toBe('cached');
    expect(render).not.toHaveBeenCalled();
  });

  it('draws a card asked for twice at once (two posts with the same title and work) once', async () => {
    const cache = memoryCache();
    const render = vi.fn(async () => Buffer.from('png'));
    const [a, b] = await Promise.all([cachedCard('k1', cache, render), cachedCard('k1', cache, render)]);
    expect([a.toString(), b.toString()]).toEqual(['png', 'png']);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('draws a card again after a drawing failed, rather than keep the failure', async () => {
    const cache = memoryCache();
    const render = vi
      .fn<() => Promise<Buffer>>()
      .mockRejectedValueOnce(new Error('font missing'))
      .mockResolvedValue(Buffer.from('png'));
    await expect(cachedCard('k1', cache, render)).rejects.toThrow('font missing');
    expect((await cachedCard('k1', cache, render)).toString()).toBe('png');
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe('diskCache', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('misses, stores, then hits across cache instances (a second build)', async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'og-cache-')), 'nested', 'og');
    const first = diskCache(dir);
    expect(await first.get('abc')).toBeUndefined();
    const render = vi.fn(async () => Buffer.from([1, 2, 3]));
    await cachedCard('abc', first, render);
    await cachedCard('abc', diskCache(dir), render);
    expect(render).toHaveBeenCalledTimes(1);
    expect([...((await diskCache(dir).get('abc')) ?? [])]).toEqual([1, 2, 3]);
    // Only the final file is left: no temporary files.
    expect(await readdir(dir)).toEqual(['abc.png']);
  });

  it('stores the same card written twice at the same moment (once named its temporary file by the clock)', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'og-cache-'));
    const cache = diskCache(dir);
    await Promise.all(Array.from({ length: 8 }, () => cache.put('same', Buffer.from([7]))));
    expect(await readdir(dir)).toEqual(['same.png']);
    expect([...((await cache.get('same')) ?? [])]).toEqual([7]);
  });
});

/** All text in a tree, with the style of the element holding it. */
function texts(node: OgNode): { text: string; style: Record<string, string | number> }[] {
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return list.flatMap((child) =>
    typeof child === 'string' ? [{ text: child, style: node.props.style ?? {} }] : texts(child),
  );
}

describe('cardTree', () => {
  it('is a 1200×630 card on the site paper, words kept whole', () => {
    const { style } = cardTree(card).props;
    expect(style).toMatchObject({
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: '#fbfaf7',
      color: '#22211f',
      wordBreak: 'keep-all',
    });
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });

  it('shows the title, the kind and subject, and the blog name', () => {
    const shown = texts(cardTree(card)).map((t) => t.text);
    expect(shown).toEqual(
      expect.arrayContaining([card.title, '매거진 리뷰', 'MIT Technology Review', '김민제의 블로그']),
    );
  });

  it('clamps the title to three lines and steps its size down as it grows', () => {
    const long = '아주 긴 제목 '.repeat(20);
    const title = texts(cardTree({ ...card, title: long })).find((t) => t.text === long.trim());
    expect(title?.style).toMatchObject({ lineClamp: 3, fontWeight: 700 });
    expect(titleFontSize('짧은 제목')).toBeGreaterThan(
      titleFontSize('조금 더 길어서 한 줄에 들어가지 않는 제목입니다'),
    );
    expect(titleFontSize(long)).toBeGreaterThanOrEqual(48);
  });

  it('collapses line breaks and leaves out an absent kicker and subject', () => {
    const shown = texts(cardTree({ title: '첫 줄\n  둘째 줄', blogName: '블로그' })).map((t) => t.text);
    expect(shown).toEqual(['첫 줄 둘째 줄', '블로그']);
  });
});
