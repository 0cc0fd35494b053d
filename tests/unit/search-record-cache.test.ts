import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexRecord } from '../../src/search/page-record';
import { recordCache } from '../../src/search/record-cache';

const page = (title: string, body: string, footer = '© 2024') =>
  `<!doctype html><html lang="ko"><body><article data-pagefind-body><h1 data-pagefind-meta="title">${title}</h1><p>${body}</p></article><footer>${footer}</footer></body></html>`;

describe('recordCache (the search records of unchanged pages, kept between builds)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'blog-records-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** One "build": the records of `pages`, and how many were made rather than kept. */
  async function build(pages: string[], language = 'ko', folder = dir) {
    const cache = await recordCache(folder, language);
    let made = 0;
    const records = await Promise.all(
      pages.map((p) =>
        cache.get(p, (html) => {
          made++;
          return indexRecord(html, language);
        }),
      ),
    );
    const summary = await cache.finish();
    return { records, made, summary };
  }

  it('makes each record once, gives the same record back, and remakes only a changed page', async () => {
    const a = page('데이터센터의 전력', '수요반응이 전력망을 살린다.');
    const b = page('양자컴퓨터', '컴퓨팅의 다음 단계.');
    const first = await build([a, b]);
    expect(first.made).toBe(2);
    expect(first.records[0]?.html).toContain('kb');

    const second = await build([a, b]);
    expect(second.made).toBe(0);
    expect(second.records).toEqual(first.records);
    expect(second.summary).toEqual({ reused: 2, made: 0 });

    const edited = page('양자컴퓨터', '컴퓨팅의 다음 단계, 고쳐 씀.');
    const third = await build([a, edited]);
    expect(third.made).toBe(1);
    expect(third.records[1]).toEqual(indexRecord(edited, 'ko'));
    // The old page's record is gone: the folder holds what the last build used, nothing more.
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('reuses a record when only the page around the article changed (the footer’s years)', async () => {
    const before = page('데이터센터', '전력 수요');
    await build([before]);
    const after = page('데이터센터', '전력 수요', '© 2020–2025');
    const rebuilt = await build([after]);
    expect(rebuilt.made).toBe(0);
    expect(rebuilt.records[0]).toEqual(indexRecord(after, 'ko'));
  });

  it('keeps "not a post page" too, and remakes a record whose file is damaged', async () => {
    const notPost = '<!doctype html><html><body><p>목록</p></body></html>';
    const post = page('제목', '본문');
    expect((await build([notPost, post])).records[0]).toBeUndefined();
    for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"html": "<p>half');
    const again = await build([notPost, post]);
    expect(again.made).toBe(2);
    expect(again.records[1]).toEqual(indexRecord(post, 'ko'));
    expect((await build([notPost, post])).made).toBe(0);
  });

  it('makes records again for another language: the record says which', async () => {
    const a = page('데이터센터', '전력 수요');
    await build([a], 'ko');
    const en = await build([a], 'en');
    expect(en.made).toBe(1);
    expect(en.records[0]?.html).toContain('lang="en"');
  });

  it('leaves another build’s half-written record alone, and removes one left an hour ago', async () => {
    const fresh = join(dir, 'abc.json.4242.0.partial');
    const abandoned = join(dir, 'def.json.4243.0.partial');
    writeFileSync(fresh, '{');
    writeFileSync(abandoned, '{');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, hoursAgo, hoursAgo);
    await build([page('제목', '본문')]);
    const left = readdirSync(dir);
    expect(left).toHaveLength(2);
    expect(left).toContain('abc.json.4242.0.partial');
    expect(left.filter((name) => /^[0-9a-f]{40}\.json$/.test(name))).toHaveLength(1);
  });

  it('never fails a build: a folder that cannot be made means records are made, not kept', async () => {
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const result = await build([page('제목', '본문')], 'ko', join(blocked, 'records'));
    expect(result.made).toBe(1);
    expect(result.records[0]).toEqual(indexRecord(page('제목', '본문'), 'ko'));
    expect(result.summary).toEqual({ reused: 0, made: 0 });
  });

  it('keeps nothing without a folder', async () => {
    const cache = await recordCache(undefined, 'ko');
    let made = 0;
    await cache.get(page('a', 'b'), () => (made++, undefined));
    await cache.get(page('a', 'b'), () => (made++, undefined));
    expect(made).toBe(2);
    expect(await cache.finish()).toEqual({ reused: 0, made: 0 });
  });
});
