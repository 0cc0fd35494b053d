/**
 * "Bad input gets a clear error": each folder in tests/fixtures/broken/ holds one broken post (plus,
 * mostly, a valid sibling). For each, `astro build` with BLOG_CONTENT_DIR=<folder> must fail, and its
 * output must name the file, the field (or the spot) and what was expected.
 *
 * The NFD/NFC case is generated here instead of being committed: two names that differ only in Unicode
 * normalisation cannot both be checked out on macOS (APFS treats them as one name), so a committed
 * pair would break clones there. The copy lives at a fixed path under node_modules/.cache so that its
 * per-folder Astro cache (astro.config.mjs) is reused between runs.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildSite, root, type BuildResult } from '../support/build-site.ts';
import { mapLimited } from '../../src/lib/map-limited.ts';
const fixtures = path.join(root, 'tests/fixtures/broken');
const generated = path.join(root, 'node_modules/.cache/broken-posts');
const CONCURRENCY = 2;

interface Case {
  /** Folder under tests/fixtures/broken/ (or the generated copy). */
  dir: string;
  /** Everything the output must contain: the file, the field and the expectation, in plain words. */
  says: string[];
  /**
   * The build gets past the content sync, which writes <root>/.astro/content-modules.mjs: that file is
   * shared by every build of this project whatever BLOG_CONTENT_DIR says, so two such builds at once can
   * bundle each other's posts. These run alone, after the others.
   */
  alone?: boolean;
}

const f = (dir: string, file: string) => `tests/fixtures/broken/${dir}/${file}`;
const NFC = '리뷰.md'.normalize('NFC');
const NFD = '리뷰.md'.normalize('NFD');

const cases: Case[] = [
  { dir: 'missing-title', says: [f('missing-title', 'no-title.md'), 'title', 'title (제목)이(가) 필요합니다'] },
  { dir: 'empty-title', says: [f('empty-title', 'empty-title.md'), 'title', '비어 있습니다'] },
  {
    dir: 'bad-date',
    says: [f('bad-date', 'bad-date.md'), 'pubDate', '2024-11-03 또는 2024-11-03T09:00:00+09:00 형식의 날짜'],
  },
  {
    dir: 'updated-before-pub',
    says: [f('updated-before-pub', 'updated-before-pub.md'), 'updatedDate', '발행일과 같거나 뒤여야'],
  },
  { dir: 'unknown-key', says: [f('unknown-key', 'unknown-key.md'), '"tag"', '알 수 없는 항목', '철자를 확인'] },
  { dir: 'wrong-type', says: [f('wrong-type', 'wrong-type.md'), 'draft', 'true 또는 false'] },
  { dir: 'rating-out-of-range', says: [f('rating-out-of-range', 'rating-out-of-range.md'), 'rating', '5 이하'] },
  { dir: 'rating-not-half-step', says: [f('rating-not-half-step', 'rating-not-half-step.md'), 'rating', '0.5 단위'] },
  { dir: 'bad-isbn', says: [f('bad-isbn', 'bad-isbn.md'), 'subject.isbn', '검증 숫자가 맞지 않습니다'] },
  {
    dir: 'cover-without-alt',
    says: [f('cover-without-alt', 'cover-without-alt/index.mdx'), 'cover.alt', '필요합니다'],
  },
  {
    dir: 'cover-file-missing',
    says: [f('cover-file-missing', 'cover-file-missing/index.mdx'), 'cover.src', './cover.jpg', '찾을 수 없습니다'],
  },
  {
    dir: 'unknown-subject-kind',
    says: [
      f('unknown-subject-kind', 'unknown-subject-kind.md'),
      'subject.kind',
      'book, magazine, paper, film, other 중 하나',
    ],
  },
  { dir: 'blank-tag', says: [f('blank-tag', 'blank-tag.md'), 'tags', '빈 태그'] },
  {
    dir: 'description-too-long',
    says: [f('description-too-long', 'description-too-long.md'), 'description', '200자 이하'],
  },
  {
    dir: 'same-url-extension',
    says: [
      f('same-url-extension', 'same.md"'),
      f('same-url-extension', 'same.mdx"'),
      '/posts/same/',
      '글 주소가 겹칩니다',
    ],
  },
  {
    dir: 'same-url-folder',
    says: [
      f('same-url-folder', 'same.mdx"'),
      f('same-url-folder', 'same/index.mdx"'),
      '/posts/same/',
      '글 주소가 겹칩니다',
    ],
  },
  {
    dir: path.join(generated, 'nfd-nfc-twins'),
    says: [
      `node_modules/.cache/broken-posts/nfd-nfc-twins/${NFC}"`,
      `node_modules/.cache/broken-posts/nfd-nfc-twins/${NFD}"`,
      '/posts/리뷰/',
      'NFC와 NFD',
    ],
  },
  {
    dir: 'broken-mdx-unclosed-tag',
    says: [
      f('broken-mdx-unclosed-tag', 'broken-mdx-unclosed-tag.mdx:12:1'),
      '12번째 줄',
      '<aside>',
      'MDX 문법 오류',
      '닫아야',
    ],
    alone: true,
  },
  {
    dir: 'broken-mdx-stray-brace',
    says: [
      f('broken-mdx-stray-brace', 'broken-mdx-stray-brace.mdx:12:5'),
      '12번째 줄',
      'closing brace for `{`',
      '짝이 맞아야',
    ],
    alone: true,
  },
  {
    dir: 'nested-too-deep',
    says: [f('nested-too-deep', '2025/reviews/deep.mdx'), '너무 깊은 폴더', 'my-review/index.mdx'],
  },
];

/** The NFC post from the fixture, plus its NFD twin (same words, decomposed Hangul in the name). */
function makeNfdTwins(): void {
  const dir = path.join(generated, 'nfd-nfc-twins');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  cpSync(path.join(fixtures, 'nfd-nfc-twins'), dir, { recursive: true });
  const nfc = readFileSync(path.join(dir, NFC), 'utf8');
  writeFileSync(path.join(dir, NFD), nfc.replace('(NFC)', '(NFD)'));
}

const outRoot = mkdtempSync(path.join(tmpdir(), 'broken-posts-'));
const results = new Map<string, BuildResult>();

beforeAll(async () => {
  makeNfdTwins();
  const build = (i: number) => buildSite(path.resolve(fixtures, cases[i]!.dir), path.join(outRoot, String(i)));
  const done: BuildResult[] = [];
  const together = cases.flatMap((c, i) => (c.alone ? [] : [i]));
  const alone = cases.flatMap((c, i) => (c.alone ? [i] : []));
  (await mapLimited(together, CONCURRENCY, build)).forEach((r, k) => (done[together[k]!] = r));
  (await mapLimited(alone, 1, build)).forEach((r, k) => (done[alone[k]!] = r));
  // Kept after the run (overwritten by the next one), to read when a case fails.
  mkdirSync(path.join(generated, 'logs'), { recursive: true });
  cases.forEach((c, i) => {
    results.set(c.dir, done[i]!);
    writeFileSync(
      path.join(generated, 'logs', `${path.basename(c.dir)}.log`),
      `exit ${done[i]!.code}\n${done[i]!.output}`,
    );
  });
});

afterAll(() => rmSync(outRoot, { recursive: true, force: true }));

describe('astro build on a broken post fails with a clear message', () => {
  it('has a case for every fixture folder', () => {
    const folders = readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual(cases.map((c) => path.basename(c.dir)).sort());
    expect(cases.length).toBeGreaterThanOrEqual(16);
  });

  it.each(cases.map((c) => ({ ...c, name: path.basename(c.dir) })))('$name', ({ dir, says }) => {
    const result = results.get(dir);
    expect(result, 'build did not run').toBeDefined();
    const { code, output } = result!;
    expect(code, `the build should fail:\n${output.slice(-3000)}`).not.toBe(0);
    // Compared byte for byte: the NFD case must show the decomposed name as it is on disk.
    for (const text of says) expect(output, `"${text}" in:\n${output.slice(-3000)}`).toContain(text);
  });
});
