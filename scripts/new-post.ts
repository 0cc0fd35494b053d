/**
 * Starts a new review: a draft in the posts folder with today's date (in the site's time zone) and a
 * frontmatter template that is valid as written. A post is a folder by default (<name>/index.mdx), so
 * its cover and images go right beside it; --file writes a single <name>.mdx instead.
 *
 *   npm run new -- "채식주의자를 다시 읽고"                     → src/content/posts/채식주의자를-다시-읽고/index.mdx
 *   npm run new -- "채식주의자를 다시 읽고" --slug vegetarian   → src/content/posts/vegetarian/index.mdx
 *   npm run new -- "짧은 메모" --file                          → src/content/posts/짧은-메모.mdx
 *   npm run new                                               → asks for the title (in a terminal)
 *
 * The file name is the post's address (/posts/<name>/). Without --slug it is the title slugified (NFC,
 * lower case, Hangul kept, other characters → hyphens: "C++ 입문" → c-입문); --slug gives a lower-case ASCII name instead,
 * which reads better in shared links. See scripts/lib/new-post.ts for the rules. BLOG_CONTENT_DIR, if set,
 * chooses the posts folder as it does for the site. An existing post with the same address (x.md, x.mdx,
 * x/index.mdx, …) is never overwritten.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { chooseSlug, cleanTitle, findCollision, newPostSource } from './lib/new-post.ts';
import { isoDay } from '../src/lib/dates.ts';
import { postsDir as postsDirFromEnv } from '../src/build/env.ts';
import { siteConfig } from '../src/site.config.ts';
import { LOCAL_ORIGIN, postUrl } from '../src/urls.ts';

const USAGE = `사용법: npm run new -- "리뷰 제목" [--slug my-review] [--file]
  "리뷰 제목"       새 글의 제목 (터미널에서 제목 없이 실행하면 물어봅니다)
  --slug my-review  주소로 쓸 영문 이름 (영문 소문자, 숫자, 하이픈). 없으면 제목에서 만듭니다.
  --file            글 폴더(my-review/index.mdx) 대신 파일 하나(my-review.mdx)로 만듭니다.
                    폴더로 만들면 표지와 그림을 글 바로 옆에 둘 수 있습니다.`;

function fail(message: string, code = 1): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { slug: { type: 'string' }, file: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  fail((error as Error).message, 2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}

async function askTitle(): Promise<string> {
  if (!process.stdin.isTTY) fail('제목이 없습니다. 제목을 인자로 주세요 (터미널이 아니어서 물어볼 수 없습니다).', 2);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('리뷰 제목: ');
  } finally {
    rl.close();
  }
}

const rawTitle = args.positionals.length > 0 ? args.positionals.join(' ') : await askTitle();
const title = cleanTitle(rawTitle);
if (!title.ok) fail(title.error);
const slug = chooseSlug(title.value, args.values.slug);
if (!slug.ok) fail(slug.error);

const postsDir = path.resolve(postsDirFromEnv());
await mkdir(postsDir, { recursive: true });

/** Every file one level down as well, so a folder post (x/index.mdx) counts. */
async function listPosts(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((p) => p.split(path.sep).length <= 2);
}

const collision = findCollision(slug.value, await listPosts(postsDir));
if (collision) {
  console.error(
    `이미 같은 주소(${postUrl(slug.value)})의 글이 있습니다: ${path.join(postsDir, collision)}\n` +
      `덮어쓰지 않았습니다. 다른 제목을 쓰거나 --slug로 다른 이름을 지정해 주세요.`,
  );
  process.exit(1);
}

const asFolder = !args.values.file;
const file = asFolder ? path.join(postsDir, slug.value, 'index.mdx') : path.join(postsDir, `${slug.value}.mdx`);
const source = newPostSource(title.value, isoDay(new Date(), siteConfig.timeZone), siteConfig.timeZone, asFolder);
try {
  if (asFolder) await mkdir(path.dirname(file), { recursive: true });
  // 'wx': fail rather than overwrite, should a file appear between the check and the write.
  await writeFile(file, source, { flag: 'wx' });
} catch (error) {
  console.error(`${file}을(를) 만들지 못했습니다: ${(error as Error).message}`);
  process.exit(1);
}

console.log(`새 초안을 만들었습니다: ${path.relative(process.cwd(), file) || file}

  미리 보기: npm run dev 를 실행하고 ${LOCAL_ORIGIN}${postUrl(slug.value).slice(1)} 를 여세요.
  draft: true 인 동안은 개발 서버에서만 보입니다. 발행하려면 draft: false 로 바꾸세요.${
    asFolder
      ? `\n  표지나 그림은 ${path.relative(process.cwd(), path.dirname(file)) || path.dirname(file)} 폴더에 넣으세요.`
      : ''
  }`);
