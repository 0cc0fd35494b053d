import path from 'node:path';

/**
 * Where posts are read from. BLOG_CONTENT_DIR points the whole site at another folder (test fixtures,
 * benchmarks); astro.config.mjs gives each such folder its own cache directory, because Astro's content
 * store does not notice that the folder changed.
 */
export const postsDir: string = process.env.BLOG_CONTENT_DIR
  ? path.resolve(process.env.BLOG_CONTENT_DIR)
  : './src/content/posts';
