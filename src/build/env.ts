/**
 * What a build takes from the environment, read in this one module (astro.config.mjs, the content
 * collection, `npm run new`, the benchmark and the build tests all ask here):
 *
 *   BLOG_CONTENT_DIR   the posts folder (default src/content/posts): fixtures, benchmarks
 *   BLOG_OUT_DIR       the output folder (default dist)
 *   BLOG_SITE_CONFIG   another site config file in place of src/site.config.ts (a test site in English)
 *
 * The social-card cache (BLOG_OG_CACHE_DIR) is read by src/og/cache.ts, the only place that uses it.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

type Env = Record<string, string | undefined>;

export const DEFAULT_POSTS_DIR = './src/content/posts';
export const DEFAULT_SITE_CONFIG = 'src/site.config.ts';

/** The posts folder: BLOG_CONTENT_DIR made absolute, or the blog's own. */
export function postsDir(env: Env = process.env): string {
  return env.BLOG_CONTENT_DIR ? path.resolve(env.BLOG_CONTENT_DIR) : DEFAULT_POSTS_DIR;
}

export function outDir(env: Env = process.env): string {
  return env.BLOG_OUT_DIR || './dist';
}

/** The site config file, absolute, resolved against the project folder `root`. */
export function siteConfigFile(root: string, env: Env = process.env): string {
  return path.resolve(root, env.BLOG_SITE_CONFIG || DEFAULT_SITE_CONFIG);
}

/**
 * Astro's cache folder (content store, incremental pages, search index). Astro's content store does not
 * notice when BLOG_CONTENT_DIR points elsewhere or the site config changes (a post's default `lang`
 * comes from it), and a stale store has failed builds: each content folder and config gets its own.
 * Relative to the project folder.
 */
export function cacheDir(env: Env = process.env): string {
  const contentDir = env.BLOG_CONTENT_DIR;
  const config = env.BLOG_SITE_CONFIG;
  if (!contentDir && !config) return './node_modules/.astro';
  const key = config ? `${contentDir ?? ''}\0${config}` : (contentDir as string);
  return `./node_modules/.astro-content-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
