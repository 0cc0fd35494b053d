/**
 * Where posts and standalone pages are read from, and how a file becomes an entry: checkedGlob (glob()
 * plus the checks Astro does not make reliably, see checked-glob.ts) and one rule for ids (post-id.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isBuild, postsDir } from '../build/env.ts';
import { withheldFromBuild } from '../posts/rules.ts';
import { postUrl, standalonePageUrl } from '../urls.ts';
import { checkedGlob, displayPath } from './checked-glob.ts';
import { postIdFromPath } from './post-id.ts';

/** The id becomes the URL (/posts/<id>/); see postIdFromPath. A file it cannot place fails the build. */
function idFromPath({ entry, base }: { entry: string; base: URL }): string {
  const id = postIdFromPath(entry);
  if (id === undefined) {
    throw new Error(
      `"${displayPath(fileURLToPath(new URL(encodeURI(entry), base)))}": 글 파일이 너무 깊은 폴더에 있습니다. ` +
        `글은 글 폴더 바로 안의 파일(my-review.mdx)이거나, 글 하나만의 폴더 안의 index 파일` +
        `(my-review/index.mdx, 이미지는 그 옆에)이어야 합니다. 둘 중 한 곳으로 옮겨 주세요.`,
    );
  }
  return id;
}

/** Review posts: the posts folder (BLOG_CONTENT_DIR or src/content/posts). */
export function postsLoader(): Loader {
  return checkedGlob({
    base: postsDir(),
    // Files starting with "_" are notes to self, not posts.
    pattern: ['**/*.{md,mdx}', '!**/_*'],
    generateId: idFromPath,
    url: postUrl,
    parseKey: process.env.BLOG_CONTENT_PARSE_KEY,
    // A build publishes no file of a draft or of a post still to come; dev shows them for previews.
    withheld: isBuild() ? isWithheld : undefined,
  });
}

/** Whether a post's parsed data (the schema has made pubDate a Date, draft a boolean) is withheld. */
function isWithheld(data: Record<string, unknown>): boolean {
  const { draft, pubDate } = data;
  return pubDate instanceof Date && withheldFromBuild({ draft: draft === true, pubDate }, new Date());
}

/** Standalone pages such as /about/, from src/content/pages. */
export function pagesLoader(): Loader {
  return checkedGlob({
    // Absolute: a build runs with its own root (src/build/env.ts), the project folder stays the cwd.
    base: path.resolve('src/content/pages'),
    pattern: '*.{md,mdx}',
    generateId: idFromPath,
    url: standalonePageUrl,
    parseKey: process.env.BLOG_CONTENT_PARSE_KEY,
  });
}
