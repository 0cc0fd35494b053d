// @ts-check
/**
 * The benchmark's baseline: bare Astro (MDX + default Markdown) rendering the same posts as the blog,
 * one plain page per post, nothing else. It has no package.json: it uses the repository's node_modules.
 * `npm run bench` builds a copy of this folder (with node_modules linked) in a temporary folder;
 * BLOG_CONTENT_DIR picks the posts, BASELINE_OUT_DIR and BASELINE_CACHE_DIR its output and caches.
 * By hand: BLOG_CONTENT_DIR=$PWD/tests/fixtures/blog npx astro build --root bench/baseline (Astro then
 * writes its generated types to bench/baseline/.astro/, git-ignored and outside the root tsconfig).
 */
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

const tmp = path.join(os.tmpdir(), 'blog-bench-baseline');

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR || path.join(tmp, 'dist'),
  cacheDir: process.env.BASELINE_CACHE_DIR || path.join(tmp, 'cache'),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  // Vite's dependency cache would go to bench/baseline/node_modules/.vite. It stays outside the
  // repository but is not emptied for cold builds, like the blog's node_modules/.vite.
  vite: { cacheDir: path.join(tmp, 'vite') },
});
