// @ts-check
/**
 * The benchmark's baseline: bare Astro (MDX + default Markdown) rendering the same posts as the blog,
 * one plain page per post, nothing else. Uses the repository's node_modules; `npm run bench` builds it
 * with `astro build --root bench/baseline`. BLOG_CONTENT_DIR picks the posts; BASELINE_OUT_DIR and
 * BASELINE_CACHE_DIR (set by the bench) keep its output and caches in a temporary folder. Astro still
 * writes its generated types to bench/baseline/.astro/ (git-ignored, excluded from the root tsconfig).
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
