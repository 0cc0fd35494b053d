import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modifiedTimeFromHtml, readHead } from '../../src/seo/sitemap';

describe('modifiedTimeFromHtml', () => {
  it('reads article:modified_time as BaseHead writes it', () => {
    const html =
      '<head><meta property="article:published_time" content="2024-11-02T15:00:00.000Z">' +
      '<meta property="article:modified_time" content="2024-11-20T15:00:00.000Z"></head>';
    expect(modifiedTimeFromHtml(html)).toBe('2024-11-20T15:00:00.000Z');
  });

  it('gives nothing for a page that was never updated', () => {
    expect(
      modifiedTimeFromHtml('<meta property="article:published_time" content="2024-11-02T15:00:00.000Z">'),
    ).toBeUndefined();
    expect(modifiedTimeFromHtml('')).toBeUndefined();
  });
});

describe('readHead', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'blog-head-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads a head longer than one read, with Hangul across the read boundaries, and stops after it', async () => {
    const meta = '<meta property="og:updated_time" content="2024-11-20T15:00:00.000Z">';
    const head = `<head><style>${'가'.repeat(12_000)}</style>${meta}</head>`;
    const file = write('long.html', `<!doctype html>${head}<body>${'본문 '.repeat(50_000)}</body>`);
    const read = await readHead(file);
    expect(read).toContain(`${meta}</head>`);
    expect(read).toContain('가'.repeat(12_000));
    expect(read.length).toBeLessThan(head.length + 40_000);
    expect(modifiedTimeFromHtml(read)).toBe('2024-11-20T15:00:00.000Z');
  });

  it('finds a </head> that one read cuts in two, and stops there', async () => {
    const start = '<head><style>';
    const at = 16 * 1024 - 3; // "</h" in the first read, "ead>" in the second
    const text = `${start}${'a'.repeat(at - start.length)}</head><body>${'본문 '.repeat(50_000)}</body>`;
    expect(Buffer.from(text).indexOf('</head>')).toBe(at);
    const read = await readHead(write('split.html', text));
    expect(read).toContain('</head>');
    // Two reads and no more (the last character may be cut: only the head is read for its meta).
    expect(read.length).toBeLessThanOrEqual(2 * 16 * 1024);
  });

  it('reads a page without a head to its end', async () => {
    const file = write('bare.html', `<p>${'글'.repeat(30_000)}</p>`);
    expect(await readHead(file)).toBe(`<p>${'글'.repeat(30_000)}</p>`);
    expect(await readHead(write('empty.html', ''))).toBe('');
  });
});
