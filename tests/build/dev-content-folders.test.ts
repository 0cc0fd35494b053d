/**
 * `npm run dev` on one posts folder, then on another holding the same files (BLOG_CONTENT_DIR), the
 * first one gone: dev keeps one content store in the project's .astro/, and Astro keeps an entry whose
 * file did not change, so every entry pointed into the first folder and each page failed on its images.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeContentCache, root, startDev } from '../support/build-site';

const fixtures = path.join(root, 'tests/fixtures/author-input');
let work: string | undefined;

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The post page of the draft with a cover and an image in its body (dev shows drafts), from a dev server. */
async function draftPage(contentDir: string, port: number): Promise<{ status: number; html: string }> {
  const server = await startDev(contentDir, port);
  try {
    const response = await fetch(`${server.url}/posts/draft-images/`);
    return { status: response.status, html: await response.text() };
  } finally {
    await server.stop();
    await removeContentCache(contentDir);
  }
}

describe('npm run dev on another posts folder', () => {
  it('reads the posts from the folder it is given, not from the one before', async () => {
    work = await mkdtemp(path.join(tmpdir(), 'dev-folders-'));
    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    await cp(fixtures, first, { recursive: true });
    await cp(fixtures, second, { recursive: true });
    expect((await draftPage(first, 4495)).status).toBe(200);
    await rm(first, { recursive: true, force: true });
    const page = await draftPage(second, 4495);
    expect(page.status, page.html.slice(0, 500)).toBe(200);
    expect(page.html).toContain('<h1');
  }, 120_000);
});
