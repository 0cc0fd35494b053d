import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { postSchema } from '../../src/schemas/post';
import { isValidIsbn } from '../../src/lib/isbn';
import { DATE_END, DATE_START, generatePosts, isbn13, mulberry32, writePosts } from '../../scripts/bench/generate.ts';

// image() is only available inside Astro's loader; a string stands in for it.
const schema = postSchema({ image: () => z.string() } as never);

function split(text: string) {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  // YAML 1.1 reads 2024-11-03 as a date, as Astro's frontmatter parser does.
  return { data: parse(match[1] ?? '', { schema: 'yaml-1.1' }) as unknown, body: match[2] ?? '' };
}

describe('benchmark post generator', () => {
  const posts = generatePosts(400, 12345);
  const parsed = posts.map((p) => ({ post: p, ...split(p.text) }));

  it('writes frontmatter that passes the real schema', () => {
    for (const { post, data } of parsed) {
      const result = schema.safeParse(data);
      expect(result.success, `${post.file}: ${result.error?.message}`).toBe(true);
    }
  });

  it('covers the mix a real blog has', () => {
    const data = parsed.map(({ data }) => schema.parse(data));
    expect(new Set(data.map((d) => d.subject.kind))).toEqual(new Set(['book', 'magazine', 'paper', 'film', 'other']));
    for (const d of data) {
      expect(d.tags.length).toBeGreaterThanOrEqual(2);
      expect(d.tags.length).toBeLessThanOrEqual(4);
      expect(d.pubDate.getTime()).toBeGreaterThanOrEqual(DATE_START - 86_400_000);
      expect(d.pubDate.getTime()).toBeLessThanOrEqual(DATE_END);
      expect(d.pubDate.getTime()).toBeLessThan(Date.now()); // nothing scheduled
      if (d.subject.kind === 'book') expect(isValidIsbn(d.subject.isbn ?? '')).toBe(true);
      if (d.rating !== undefined) expect(Number.isInteger(d.rating * 2)).toBe(true);
    }
    expect(new Set(data.map((d) => d.title)).size).toBe(data.length); // one social card each
    const share = (f: (d: (typeof data)[number]) => unknown) => data.filter(f).length / data.length;
    expect(share((d) => d.draft)).toBeGreaterThan(0);
    expect(share((d) => d.draft)).toBeLessThan(0.06);
    expect(share((d) => d.series)).toBeGreaterThan(0.02);
    expect(share((d) => d.series)).toBeLessThan(0.1);
    expect(share((d) => d.cover)).toBeGreaterThan(0.02);
    expect(share((d) => d.cover)).toBeLessThan(0.1);
    expect(posts.filter((p) => p.cover !== undefined).every((p) => p.file.endsWith('/index.mdx'))).toBe(true);
  });

  it('writes bodies of 1,500 to ~5,000 characters with headings, a list, code and links', () => {
    for (const { body } of parsed) {
      expect(body.length).toBeGreaterThan(1400);
      expect(body.length).toBeLessThan(5600);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
      expect(body).toMatch(/^```\w+$/m);
      expect(body).not.toMatch(/[{}<]/); // MDX-safe prose (code blocks included)
    }
    expect(parsed.filter(({ body }) => /\]\(https:\/\//.test(body)).length).toBeGreaterThan(posts.length / 2);
  });

  it('computes ISBN-13 check digits', () => {
    const rng = mulberry32(1);
    for (let i = 0; i < 200; i++) expect(isValidIsbn(isbn13(rng))).toBe(true);
  });

  describe('determinism', () => {
    const dirs: string[] = [];
    afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

    async function filesOf(dir: string): Promise<Record<string, string>> {
      const out: Record<string, string> = {};
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = path.join(entry.parentPath, entry.name);
        out[path.relative(dir, file)] = createHash('sha256')
          .update(await readFile(file))
          .digest('hex');
      }
      return out;
    }

    it('gives the same files for the same seed, other files for another', async () => {
      expect(generatePosts(60, 7)).toEqual(generatePosts(60, 7));
      expect(generatePosts(60, 8)).not.toEqual(generatePosts(60, 7));
      const [a, b] = await Promise.all([0, 1].map(() => mkdtemp(path.join(os.tmpdir(), 'bench-gen-'))));
      dirs.push(a as string, b as string);
      await writePosts(a as string, generatePosts(60, 7));
      await writePosts(b as string, generatePosts(60, 7));
      const filesA = await filesOf(a as string);
      expect(Object.keys(filesA).some((f) => f.endsWith('cover.jpg'))).toBe(true);
      expect(await filesOf(b as string)).toEqual(filesA);
    });
  });
});
