/**
 * Builds are independent of each other and of `npm run dev`: each runs in a root of its own
 * (src/build/env.ts). Two fixture builds at once write the same files, byte for byte, as the same two
 * one after the other; and a dev server keeps answering while a build of another posts folder runs.
 * (Before, they shared .astro/: one of two parallel builds failed with UnknownContentCollectionError,
 * and a build beside `npm run dev` made dev answer 500 on posts until a post was touched.)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, removeContentCache, root, startDev, type BuildResult } from '../support/build-site';
import { differences, filesUnder as files } from '../support/files';

const blog = path.join(root, 'tests/fixtures/blog');
const english = path.join(root, 'tests/fixtures/english/posts');
const englishEnv = { BLOG_SITE_CONFIG: path.join(root, 'tests/fixtures/english/site.config.ts') };
const small = path.join(root, 'tests/fixtures/author-input');
let work: string;
const out = (name: string) => path.join(work, name);
let together: BuildResult[];
let apart: BuildResult[];
let dev: { before: number[]; during: number[]; after: number[]; build: BuildResult } | undefined;

async function clean() {
  await removeContentCache(blog);
  await removeContentCache(english, englishEnv);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'side-by-side-'));
  await clean();
  together = await Promise.all([
    buildSite(blog, out('blog-together')),
    buildSite(english, out('english-together'), englishEnv),
  ]);
  await clean();
  apart = [await buildSite(blog, out('blog-apart')), await buildSite(english, out('english-apart'), englishEnv)];

  // A dev server on one folder, a build of another beside it.
  const server = await startDev(small, 4492);
  try {
    const status = (p: string) => fetch(`${server.url}${p}`).then((r) => r.status);
    const pages = ['/posts/day/', '/feed.json', '/'];
    const before = await Promise.all(pages.map(status));
    const building = buildSite(blog, out('beside-dev'));
    const during = await Promise.all(pages.map(status));
    const build = await building;
    const after = await Promise.all(pages.map(status));
    dev = { before, during, after, build };
  } finally {
    await server.stop();
  }
}, 600_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await clean();
  await removeContentCache(small);
});

describe('builds side by side', () => {
  it('build, all of them', () => {
    for (const build of [...together, ...apart]) expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('write the same files at once as one after the other, byte for byte', async () => {
    expect(await differences(out('blog-together'), out('blog-apart'))).toEqual([]);
    expect(await differences(out('english-together'), out('english-apart'))).toEqual([]);
    // And each its own posts: neither bundled the other's.
    expect(await files(out('blog-together'))).toContain('posts/ai-power-grid/index.html');
    expect(await files(out('english-together'))).not.toContain('posts/ai-power-grid/index.html');
  });

  it('leave a running dev server answering, before, during and after', () => {
    expect(dev?.build.code, dev?.build.output.slice(-3000)).toBe(0);
    expect(dev).toMatchObject({ before: [200, 200, 200], during: [200, 200, 200], after: [200, 200, 200] });
  });
});
