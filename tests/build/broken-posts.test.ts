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
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
  // Said at the key's own line, in the post's message (an unknown key of the top level once came out as "****").
  {
    dir: 'unknown-key',
    says: [`"${f('unknown-key', 'unknown-key.md')}"의 frontmatter`, '5번째 줄 tag: 알 수 없는 항목 "tag"'],
  },
  {
    dir: 'unknown-key-pubdate',
    says: [
      `"${f('unknown-key-pubdate', 'unknown-key-pubdate.md')}"의 frontmatter`,
      'pubDate: pubDate이(가) 필요합니다',
      '4번째 줄 pubdate: 알 수 없는 항목 "pubdate"',
    ],
  },
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
  },
  {
    dir: 'broken-mdx-stray-brace',
    says: [
      f('broken-mdx-stray-brace', 'broken-mdx-stray-brace.mdx:12:5'),
      '12번째 줄',
      'closing brace for `{`',
      '짝이 맞아야',
    ],
  },
  {
    dir: 'nested-too-deep',
    says: [f('nested-too-deep', '2025/reviews/deep.mdx'), '너무 깊은 폴더', 'my-review/index.mdx'],
  },
  // Dates: only what a calendar has, read the same on every machine.
  {
    dir: 'date-feb-30',
    says: [f('date-feb-30', 'date-feb-30.md'), 'pubDate', '2024년 2월에는 30일이 없습니다 (29일까지)'],
  },
  { dir: 'date-month-13', says: [f('date-month-13', 'date-month-13.md'), 'pubDate', '13월은 없습니다'] },
  { dir: 'date-hour-24', says: [f('date-hour-24', 'date-hour-24.md'), 'pubDate', '24:00은(는) 없는 시각'] },
  {
    dir: 'date-bad-offset',
    says: [f('date-bad-offset', 'date-bad-offset.md'), 'pubDate', '시간대 +15:00은(는) 없습니다'],
  },
  { dir: 'date-junk-words', says: [f('date-junk-words', 'date-junk-words.md'), '4번째 줄 pubDate', '형식의 날짜'] },
  { dir: 'date-bare-number', says: [f('date-bare-number', 'date-bare-number.md'), 'pubDate', '형식의 날짜'] },
  {
    dir: 'updated-date-feb-29',
    says: [f('updated-date-feb-29', 'updated-date-feb-29.md'), 'updatedDate', '2025년 2월에는 29일이 없습니다'],
  },
  // Tags and series.
  { dir: 'series-no-letters', says: [f('series-no-letters', 'series-no-letters.md'), 'series.name', '글자나 숫자'] },
  {
    dir: 'series-order-clash',
    says: [
      f('series-order-clash', 'series-order-clash-a.md'),
      f('series-order-clash', 'series-order-clash-b.md'),
      '겹치는 시리즈',
      'series.order 2',
    ],
  },
  // With a part still scheduled: said now, not on the day it would be published.
  {
    dir: 'series-order-clash-scheduled',
    says: [
      f('series-order-clash-scheduled', 'published-part.md'),
      f('series-order-clash-scheduled', 'scheduled-part.md'),
      '예약과 겹치는 시리즈',
      'series.order 1',
    ],
  },
  { dir: 'tag-only-symbols', says: [f('tag-only-symbols', 'tag-only-symbols.md'), 'tags', '글자나 숫자가 하나 이상'] },
  {
    dir: 'creator-no-letters',
    says: [f('creator-no-letters', 'creator-no-letters.md'), 'subject.creators', '글자나 숫자가 하나 이상'],
  },
  // A title of one zero-width space is as empty as no title.
  { dir: 'title-invisible', says: [f('title-invisible', 'title-invisible.md'), 'title', '비어 있습니다'] },
  // Three broken posts: all three said by one build, not one build each.
  {
    dir: 'several-broken',
    says: [
      '글 3개를 고쳐 주세요',
      `"${f('several-broken', 'empty-title.md')}"의 frontmatter`,
      `"${f('several-broken', 'no-such-month.md')}"의 frontmatter`,
      `"${f('several-broken', 'rating-seven.mdx')}"의 frontmatter`,
    ],
  },
  // Two YAML mistakes, which stop Astro's reading at the first: both said all the same.
  {
    dir: 'several-broken-yaml',
    says: [
      '글 2개를 고쳐 주세요',
      `"${f('several-broken-yaml', 'duplicate-key.md')}" 5번째 줄`,
      `"${f('several-broken-yaml', 'tab-indent.md')}"`,
      '탭이 있습니다',
    ],
  },
  // File names and folders.
  { dir: 'extension-upper-case', says: [f('extension-upper-case', 'review.MDX'), '대문자', '"review.mdx"'] },
  { dir: 'extension-markdown', says: [f('extension-markdown', 'review.markdown'), '.md와 .mdx 파일만'] },
  { dir: 'name-emoji-only', says: [f('name-emoji-only', '🙂.mdx'), '글자나 숫자가 없어 글 주소를 만들 수 없습니다'] },
  { dir: 'name-punctuation-only', says: [f('name-punctuation-only', '!!!.mdx'), '글자나 숫자가 없어'] },
  {
    dir: 'name-too-long',
    says: ['tests/fixtures/broken/name-too-long/아주아주', '파일 이름이 너무 깁니다', '150바이트'],
  },
  { dir: path.join(generated, 'symlink-out-of-folder'), says: ['outside.md', '글 폴더 밖', '심볼릭 링크'] },
  { dir: path.join(generated, 'symlink-dangling'), says: ['gone.md', '가리키는 파일이 없는 바로 가기'] },
  // YAML and line endings: the post's path first, in Korean, at the right line.
  {
    dir: 'yaml-duplicate-key',
    says: [
      `"${f('yaml-duplicate-key', 'yaml-duplicate-key.md')}" 5번째 줄`,
      '같은 항목이 두 번',
      "title: '두 번째 제목'",
    ],
  },
  {
    dir: 'yaml-unclosed-quote',
    says: [`"${f('yaml-unclosed-quote', 'yaml-unclosed-quote.md')}"`, '번째 줄', 'YAML 문법 오류'],
  },
  {
    dir: 'yaml-colon-in-value',
    says: [`"${f('yaml-colon-in-value', 'yaml-colon-in-value.md')}" 3번째 줄`, '따옴표로 감싸'],
  },
  { dir: 'yaml-tab-indent', says: [`"${f('yaml-tab-indent', 'yaml-tab-indent.md')}"`, 'YAML 문법 오류', '탭'] },
  { dir: 'line-endings-old-mac', says: [`"${f('line-endings-old-mac', 'line-endings-old-mac.md')}"`, 'CR만', 'LF'] },
  // Covers: every wrong form names the post and the field, and says what works.
  ...(
    [
      ['cover-remote-url', '인터넷 주소는 표지로 쓸 수 없습니다'],
      ['cover-public-path', 'public/ 폴더의 파일(public/favicon.svg)'],
      ['cover-absolute-path', '절대 경로'],
      ['cover-svg', 'SVG는 표지로 쓸 수 없습니다'],
      ['cover-outside-folder', '글 폴더 밖의 파일'],
      ['cover-not-an-image', '이미지로 읽을 수 없습니다'],
      ['cover-truncated-jpeg', '중간에 끊겨 있습니다'],
      ['cover-over-pixel-limit', '이미지가 너무 큽니다 (17000×16000'],
    ] as const
  ).map(([dir, why]) => ({ dir, says: [`"${f(dir, `${dir}/index.mdx`)}"의 cover.src`, why, './cover.jpg처럼'] })),
  // Images in the body: decoded once, named with the post.
  {
    dir: 'figure-truncated-jpeg',
    says: [`"${f('figure-truncated-jpeg', 'figure-truncated-jpeg/index.mdx')}"의 이미지`, 'still.jpg', '중간에 끊겨'],
  },
  {
    dir: 'markdown-image-not-an-image',
    says: [
      `"${f('markdown-image-not-an-image', 'markdown-image-not-an-image/index.md')}"의 이미지`,
      'picture.jpg',
      '이미지로 읽을 수 없습니다',
    ],
  },
  // Astro's own image step said only "URI malformed".
  {
    dir: 'image-address-percent',
    says: [`"${f('image-address-percent', 'percent-image.md')}" 12번째 줄`, '"./100%.png"', '%25'],
  },
  // The CSP's frame-src would leave a hole where the trailer was.
  { dir: 'iframe-in-post', says: [`"${f('iframe-in-post', 'trailer.md')}"`, '<iframe>', '링크로 걸어 주세요'] },
  // Written through a component of the post's own: found in the rendered body, which the feeds carry too.
  {
    dir: 'iframe-in-mdx-expression',
    says: [`"${f('iframe-in-mdx-expression', 'trailer-expression.mdx')}"`, '<iframe>', '링크로 걸어 주세요'],
  },
  {
    dir: 'public-image-missing',
    says: [`"${f('public-image-missing', 'public-image-missing.md')}"`, '"/images/none.png"', 'public 폴더에 없습니다'],
  },
  {
    dir: 'remote-image-markdown',
    says: [`"${f('remote-image-markdown', 'remote-image-markdown.md')}"`, '다른 사이트의 이미지', 'remoteImages'],
  },
  {
    dir: 'remote-image-raw-html',
    says: [`"${f('remote-image-raw-html', 'remote-image-raw-html.md')}"`, 'tracker.example.com', 'remoteImages'],
  },
  {
    dir: 'remote-image-figure',
    says: [`"${f('remote-image-figure', 'remote-image-figure.mdx')}"`, '다른 사이트의 이미지', 'remoteImages'],
  },
  // MDX errors while the body renders name the post, not /feed.json or /404.
  {
    dir: 'mdx-unknown-component',
    says: [`"${f('mdx-unknown-component', 'mdx-unknown-component.mdx')}" 글의 본문`, '<Foo> 컴포넌트가 없습니다'],
  },
  {
    dir: 'mdx-throwing-expression',
    says: [`"${f('mdx-throwing-expression', 'mdx-throwing-expression.mdx')}" 글의 본문`, '계산이 실패했습니다'],
  },
  {
    dir: 'mdx-missing-import',
    // The line of the author's file, not of the compiled module.
    says: [
      f('mdx-missing-import', 'mdx-missing-import.mdx'),
      '10번째 줄: 가져오려는 파일 "./still.jpg"이(가) 없습니다',
    ],
  },
  {
    dir: 'markdown-image-missing',
    says: [
      `"${f('markdown-image-missing', 'markdown-image-missing.md')}" 12번째 줄`,
      '가져오려는 파일 "./missing.png"이(가) 없습니다',
    ],
  },
  // Written %23 for #: found at its line all the same.
  {
    dir: 'markdown-image-missing-hash',
    says: [
      `"${f('markdown-image-missing-hash', 'missing-hash.md')}" 12번째 줄`,
      '가져오려는 파일 "./missing#2.png"이(가) 없습니다',
    ],
  },
  {
    dir: 'mdx-figure-without-alt',
    says: [`"${f('mdx-figure-without-alt', 'mdx-figure-without-alt.mdx')}" 글의 본문`, 'alt(이미지 설명)이 필요합니다'],
  },
  {
    dir: 'mdx-rating-out-of-range',
    says: [`"${f('mdx-rating-out-of-range', 'mdx-rating-out-of-range.mdx')}" 글의 본문`, '<Rating value={7} />'],
  },
  {
    dir: 'mdx-bookcard-bad-isbn',
    says: [`"${f('mdx-bookcard-bad-isbn', 'mdx-bookcard-bad-isbn.mdx')}" 글의 본문`, '<BookCard', '검증 숫자'],
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

/** A link out of the posts folder and a link to nothing: git would not keep either everywhere. */
function makeSymlinkCases(): void {
  for (const [name, link, target] of [
    ['symlink-out-of-folder', 'outside.md', path.join(root, 'tests/fixtures/blog/short-note-1.md')],
    ['symlink-dangling', 'gone.md', path.join(generated, 'no-such-post.md')],
  ] as const) {
    const dir = path.join(generated, name);
    rmSync(dir, { recursive: true, force: true });
    cpSync(path.join(fixtures, name), dir, { recursive: true });
    symlinkSync(target, path.join(dir, link));
  }
}

const outRoot = mkdtempSync(path.join(tmpdir(), 'broken-posts-'));
const results = new Map<string, BuildResult>();

beforeAll(async () => {
  makeNfdTwins();
  makeSymlinkCases();
  // Side by side: each build has a root of its own (src/build/env.ts), so none sees another's posts.
  const done = await mapLimited(cases, CONCURRENCY, (c, i) =>
    buildSite(path.resolve(fixtures, c.dir), path.join(outRoot, String(i))),
  );
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
    expect(cases.length).toBeGreaterThanOrEqual(60);
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

describe('a frontmatter error', () => {
  it('is said once, in Korean: not again below it in Astro’s English markup', () => {
    for (const dir of ['unknown-key', 'wrong-type', 'bad-isbn']) {
      const { output } = results.get(dir)!;
      expect(output, dir).not.toContain('does not match collection schema');
      expect(output, dir).not.toContain('****');
    }
  });
});

describe('a missing Markdown image', () => {
  it('is the only one reported: the image beside a post in a Hangul-named folder is found', () => {
    const { output } = results.get('markdown-image-missing')!;
    expect(output).toContain('./missing.png');
    expect(output).not.toContain('그림.jpg');
  });
});

describe('astro build on a posts folder that is not there', () => {
  it('fails naming the folder when BLOG_CONTENT_DIR points nowhere', async () => {
    const missing = path.join(outRoot, 'no-such-folder');
    const { code, output } = await buildSite(missing, path.join(outRoot, 'missing-out'));
    expect(code).not.toBe(0);
    expect(output).toContain(`글 폴더 "${missing}"이(가) 없습니다`);
  });

  it("fails when BLOG_CONTENT_DIR is set but empty, instead of building the blog's own posts", async () => {
    const { code, output } = await buildSite('', path.join(outRoot, 'empty-out'));
    expect(code).not.toBe(0);
    expect(output).toContain('BLOG_CONTENT_DIR이 비어 있습니다');
  });
});
