import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { postSchema, TITLE_MAX } from '../../src/schemas/post';
import {
  chooseSlug,
  cleanTitle,
  findCollision,
  NEW_POST_TITLE_MAX,
  newPostSource,
  SLUG_MAX,
} from '../../scripts/lib/new-post';
import { isoDay } from '../../src/lib/dates';
import { siteConfig as site } from '../../src/site.config';
import { splitFrontmatter } from '../support/first-post';
import { postIdFromPath } from '../../src/loader/post-id';

const schema = postSchema({ image: () => z.string() } as never);
const root = fileURLToPath(new URL('../../', import.meta.url));

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('new post: title and slug', () => {
  it('keeps the title limit in step with the schema', () => {
    expect(NEW_POST_TITLE_MAX).toBe(TITLE_MAX);
  });

  it('cleans the title: NFC, one line, trimmed; rejects empty and too long', () => {
    expect(ok(cleanTitle('  소년이\n 온다  '))).toBe('소년이 온다');
    expect(ok(cleanTitle('한강'.normalize('NFD')))).toBe('한강');
    expect(cleanTitle('   ').ok).toBe(false);
    expect(cleanTitle('가'.repeat(121)).ok).toBe(false);
  });

  it('slugifies the title (Hangul kept, NFC) when no --slug is given', () => {
    expect(ok(chooseSlug('채식주의자를 다시 읽고: 한강의 소설'))).toBe('채식주의자를-다시-읽고-한강의-소설');
    expect(ok(chooseSlug('소년이 온다'.normalize('NFD')))).toBe('소년이-온다');
    expect(ok(chooseSlug('AI & Energy, 2024!'))).toBe('ai-energy-2024');
  });

  it('uses an explicit ASCII --slug and rejects anything else', () => {
    expect(ok(chooseSlug('채식주의자', 'vegetarian-review'))).toBe('vegetarian-review');
    for (const bad of ['Vegetarian', 'a b', '채식', 'a--b', '-a', 'a/b', '', 'x'.repeat(SLUG_MAX + 1)]) {
      expect(chooseSlug('t', bad).ok, bad).toBe(false);
    }
  });

  it('gives a name every OS accepts', () => {
    const slug = ok(chooseSlug('<a>:"b"/\\c|d?*e 가'));
    expect(slug).toMatch(/^[\p{L}\p{N}-]+$/u);
    expect(ok(chooseSlug('CON'))).toBe('con-review');
    expect(ok(chooseSlug('t', 'nul'))).toBe('nul-review');
    const long = ok(chooseSlug('아주 긴 제목 '.repeat(20)));
    expect(long.length).toBeLessThanOrEqual(SLUG_MAX);
    expect(long).not.toMatch(/-$/);
    expect(chooseSlug('!!! ???').ok).toBe(false);
  });
});

describe('new post: collisions', () => {
  it('finds the post with the same id in any of its file forms', () => {
    expect(postIdFromPath('x.mdx')).toBe('x');
    expect(postIdFromPath('x.md')).toBe('x');
    expect(postIdFromPath('x/index.mdx')).toBe('x');
    expect(postIdFromPath(path.win32.join('x', 'index.md'))).toBe('x');
    expect(postIdFromPath('X Y.MDX')).toBe('x-y');
    expect(postIdFromPath('_notes.md')).toBeUndefined();
    expect(postIdFromPath('x/cover.jpg')).toBeUndefined();
    expect(findCollision('x', ['a.mdx', 'x/cover.jpg', 'x/index.mdx'])).toBe('x/index.mdx');
    expect(findCollision('x', ['a.mdx', '_x.md', 'x.txt'])).toBeUndefined();
  });
});

describe('new post: frontmatter', () => {
  const title = "채식주의자를 다시 읽고: '몽고반점'까지";
  const source = newPostSource(title, '2026-03-01');
  const { frontmatter, body } = splitFrontmatter(source);

  it('is valid as written: a draft dated that day in Seoul, the title copied into the subject', () => {
    const result = schema.safeParse(frontmatter);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    expect(result.data.title).toBe(title);
    expect(result.data.draft).toBe(true);
    expect(isoDay(result.data.pubDate, site.timeZone)).toBe('2026-03-01');
    expect(result.data.pubDate.toISOString()).toBe('2026-02-28T15:00:00.000Z');
    expect(result.data.subject).toEqual({ kind: 'book', title, creators: undefined }); // the template writes creators: [], which is none
    expect(body).toContain('## ');
  });

  it('has a commented line for every subject field, and each stays valid once uncommented', () => {
    for (const key of ['publisher', 'year', 'issue', 'isbn', 'url'])
      expect(source).toMatch(new RegExp(`^  # ${key}: `, 'm'));
    expect(source).toMatch(/^# rating: /m);
    const uncommented = source.replace(/^( *)# (publisher|year|issue|isbn|url|rating): /gm, '$1$2: ');
    const result = schema.safeParse(splitFrontmatter(uncommented).frontmatter);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues));
    expect(result.data.subject.year).toBe(2007);
    expect(result.data.rating).toBe(4.5);
  });
});

describe('npm run new (the script)', () => {
  const node = path.join(root, 'node_modules/.bin/node');
  const script = path.join(root, 'scripts/new-post.ts');

  function run(args: string[], contentDir: string) {
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        node,
        [script, ...args],
        { cwd: root, env: { ...process.env, BLOG_CONTENT_DIR: contentDir } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin?.end(); // not a TTY, and nothing to read
    });
  }

  it('creates the draft, refuses to overwrite it, and asks for a title it cannot prompt for', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'new-post-'));
    try {
      // A folder post by default, so the cover can go beside it.
      const created = await run(['소년이 온다 리뷰'], dir);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const draft = path.join(dir, '소년이-온다-리뷰', 'index.mdx');
      expect(await readdir(dir)).toEqual(['소년이-온다-리뷰']);
      expect(await readdir(path.dirname(draft))).toEqual(['index.mdx']);
      expect(created.stdout).toContain(path.join('소년이-온다-리뷰', 'index.mdx'));
      expect(created.stdout).toContain('npm run dev');
      expect(created.stdout).toContain('/posts/소년이-온다-리뷰/');
      expect(created.stdout).toContain('표지나 그림은');
      const source = await readFile(draft, 'utf8');
      const { frontmatter } = splitFrontmatter(source);
      const data = schema.parse(frontmatter);
      expect(data.draft).toBe(true);
      expect(isoDay(data.pubDate, site.timeZone)).toBe(isoDay(new Date(), site.timeZone));
      expect(source).toMatch(/^# cover:\n# {3}src: '\.\/cover\.jpg'$/m);

      await writeFile(draft, 'mine');
      const again = await run(['소년이 온다 리뷰'], dir);
      expect(again.code).not.toBe(0);
      expect(again.stderr).toContain('덮어쓰지 않았습니다');
      expect(await readFile(draft, 'utf8')).toBe('mine');
      // Nor as a single file beside the folder: that would be the same address.
      const flatTwin = await run(['소년이 온다 리뷰', '--file'], dir);
      expect(flatTwin.code).not.toBe(0);
      expect(await readdir(dir)).toEqual(['소년이-온다-리뷰']);

      const flat = await run(['짧은 메모', '--file'], dir);
      expect(flat.code).toBe(0);
      expect(await readdir(dir)).toEqual(expect.arrayContaining(['짧은-메모.mdx']));
      expect(await readFile(path.join(dir, '짧은-메모.mdx'), 'utf8')).not.toContain('# cover:');

      await mkdir(path.join(dir, 'folder-post'));
      await writeFile(path.join(dir, 'folder-post', 'index.md'), 'mine');
      const folder = await run(['Folder post', '--slug', 'folder-post'], dir);
      expect(folder.code).not.toBe(0);
      expect(folder.stderr).toContain(path.join('folder-post', 'index.md'));
      expect(await readdir(dir)).toHaveLength(3);

      const untitled = await run([], dir);
      expect(untitled.code).not.toBe(0);
      expect(untitled.stderr).toContain('제목이 없습니다');
      expect(untitled.stderr).toContain('npm run new -- "리뷰 제목"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
