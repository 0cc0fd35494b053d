import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { postSchema } from './schemas/post';
import { pageSchema } from './schemas/page';
import { postsDir } from './lib/content-dir';
import { slugify } from './lib/slug';

/**
 * The id becomes the URL (/posts/<id>/). It is built from the file name, NFC-normalised, so a Hangul
 * file name saved on macOS (NFD) gets the same URL as on any other system.
 */
function idFromPath({ entry }: { entry: string }): string {
  const segments = entry.replace(/(\/index)?\.(md|mdx)$/i, '').split('/');
  if (segments.length > 1) {
    throw new Error(
      `"${entry}": a post is either a file directly in the posts folder (my-review.mdx) or the index of a ` +
        `folder of its own (my-review/index.mdx, with its images beside it). Move it to one of those places.`,
    );
  }
  return slugify(segments[0] ?? '');
}

const posts = defineCollection({
  // Files starting with "_" are notes to self, not posts.
  loader: glob({ base: postsDir, pattern: ['**/*.{md,mdx}', '!**/_*'], generateId: idFromPath }),
  schema: postSchema,
});

const pages = defineCollection({
  loader: glob({ base: './src/content/pages', pattern: '*.{md,mdx}', generateId: idFromPath }),
  schema: pageSchema,
});

export const collections = { posts, pages };
