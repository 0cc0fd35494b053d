/**
 * `npm run dev` shows a broken post in the browser: saving a frontmatter field the schema refuses, or
 * YAML that does not parse, puts the Korean message (file, line, what to do) on the page in place of the
 * last good version, and fixing the file brings the page back by itself. In Chromium.
 *
 * Some saves land in two writes, the way an editor saving in place does (the file emptied, then
 * written): the dev server's watcher can report the empty file and drop the write that follows, so
 * those steps are saved that way on purpose, with a pause between the writes.
 */
import { cp, mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/lib/chromium';
import { removeContentCache, root, startDev, type DevServer } from '../support/build-site';

let work: string;
let contentDir: string;
let post: string;
let good: string;
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'dev-errors-'));
  contentDir = path.join(work, 'posts');
  await cp(path.join(root, 'tests/fixtures/author-input'), contentDir, { recursive: true });
  post = path.join(contentDir, 'day.md');
  good = (await readFile(post, 'utf8')).replace("title: '날짜만'", "title: '날짜만'\nrating: 4");
  await writeFile(post, good);
  server = await startDev(contentDir, 4493);
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(work, { recursive: true, force: true });
  await removeContentCache(contentDir);
});

/** Empties the post, and writes `source` into it a moment later. */
async function saveInTwoWrites(source: string) {
  const file = await open(post, 'w');
  try {
    await new Promise((resolve) => setTimeout(resolve, 15));
    await file.write(source);
  } finally {
    await file.close();
  }
}

/** Saves the post and waits until the page shows `text` (the dev server reloads it by itself). */
async function saveAndSee(source: string, text: string, save = (s: string) => writeFile(post, s)) {
  await save(source);
  await page.getByText(text).first().waitFor({ timeout: 20_000 });
}

describe('a post broken while npm run dev runs', () => {
  it('shows on the page the author is looking at, in Korean, and goes away when fixed', async () => {
    await page.goto(`${server.url}/posts/day/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('날짜만');

    await saveAndSee(good.replace('rating: 4', 'rating: 9'), 'rating은 5 이하여야 합니다');
    expect(await page.getByText('frontmatter를 고쳐 주세요').first().innerText()).toContain('day.md');
    expect(await page.getByText(/3번째 줄 rating/).count()).toBeGreaterThan(0);

    await saveAndSee(
      good.replace("title: '날짜만'", "title: '날짜만'\ntitle: '둘'"),
      '같은 항목이 두 번',
      saveInTwoWrites,
    );

    await saveInTwoWrites(good);
    await page.getByRole('heading', { level: 1, name: '날짜만' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('고칠 곳이 있습니다').count()).toBe(0);
  }, 90_000);

  it('leaves notes to self alone, and forgets a broken post once it is deleted', async () => {
    // "_" files are not posts: broken YAML in one is nobody's business in the browser.
    const note = path.join(contentDir, '_note.md');
    await writeFile(note, '메모\n');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await writeFile(note, "---\ntitle: '메모\n---\n");
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await page.goto(`${server.url}/posts/day/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('날짜만');

    await saveAndSee(good.replace('rating: 4', 'rating: 9'), 'rating은 5 이하여야 합니다');
    await rm(post);
    await page.getByText('페이지를 찾을 수 없습니다').waitFor({ timeout: 20_000 });
    expect(await page.getByText('고칠 곳이 있습니다').count()).toBe(0);
  }, 90_000);

  it('names the post, not the component, when a review component is given a prop it does not take', async () => {
    const source = (await readFile(path.join(root, 'tests/fixtures/author-input/day.md'), 'utf8'))
      .replace("title: '날짜만'", "title: '인용 오타'")
      .concat('\n<Quote sorce="시험용 책">인용문입니다.</Quote>\n');
    await writeFile(path.join(contentDir, 'quote-typo.mdx'), source);
    // The new post has a page once the content store has it: ask until it answers.
    const said = page.getByText(/quote-typo\.mdx" 글의 본문을 그리는 중 오류가 났습니다/).first();
    for (let tries = 0; tries < 20 && !(await said.isVisible()); tries++) {
      await page.goto(`${server.url}/posts/quote-typo/`);
      await said.waitFor({ timeout: 1_500 }).catch(() => {});
    }
    expect(await said.innerText()).toContain('sorce은(는) 없는 속성입니다 (source의 오타인가요?)');
  }, 90_000);
});
