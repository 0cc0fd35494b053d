import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { checkedGlob, displayPath } from './lib/checked-glob';
import { postSchema } from './schemas/post';
import { pageSchema } from './schemas/page';
import { postsDir } from './lib/content-dir';
import { postIdFromPath } from './lib/post-id';

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

const posts = defineCollection({
  // checkedGlob = glob() plus a reliable "two files on one URL" check and a "cover image missing"
  // check that names the post (see src/lib/checked-glob.ts for why Astro's own checks are not enough).
  loader: checkedGlob({
    base: postsDir,
    // Files starting with "_" are notes to self, not posts.
    pattern: ['**/*.{md,mdx}', '!**/_*'],
    generateId: idFromPath,
    url: (id) => `/posts/${id}/`,
  }),
  schema: postSchema,
});

const pages = defineCollection({
  loader: checkedGlob({
    base: './src/content/pages',
    pattern: '*.{md,mdx}',
    generateId: idFromPath,
    url: (id) => `/${id}/`,
  }),
  schema: pageSchema,
});

export const collections = { posts, pages };
