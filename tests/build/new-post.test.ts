/**
 * `npm run new` leaves a site that still builds: the new draft is valid and stays unpublished. Runs the
 * script into a temporary copy of the fixture blog and builds that copy into a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSite, node, removeContentCache, root, type BuildResult } from '../support/build-site';

const TITLE = '새 리뷰 초안 NEWPOST-MARKER';
const SLUG = 'new-post-build-check';
let work: string;
let contentDir: string;
let outDir: string;
let build: BuildResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'new-post-build-'));
  contentDir = path.join(work, 'posts');
  outDir = path.join(work, 'dist');
  await cp(path.join(root, 'tests/fixtures/blog'), contentDir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    execFile(
      node,
      [path.join(root, 'scripts/new-post.ts'), TITLE, '--slug', SLUG],
      {
        cwd: root,
        env: { ...process.env, BLOG_CONTENT_DIR: contentDir },
      },
      (error) => (error ? reject(error) : resolve()),
    );
  });
  build = await buildSite(contentDir, outDir);
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
  await removeContentCache(contentDir);
});

describe('npm run new, then astro build', () => {
  it('builds without errors', async () => {
    expect(existsSync(path.join(contentDir, SLUG, 'index.mdx'))).toBe(true);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('keeps the new draft out of the site', async () => {
    expect(existsSync(path.join(outDir, 'posts', SLUG))).toBe(false);
    // The other fixture posts are there: the draft did not break the collection.
    expect((await readdir(path.join(outDir, 'posts'))).length).toBeGreaterThan(3);
    for (const file of ['rss.xml', 'sitemap-0.xml', 'index.html', 'posts/index.html']) {
      expect(await readFile(path.join(outDir, file), 'utf8'), file).not.toContain('NEWPOST-MARKER');
    }
  });
});
