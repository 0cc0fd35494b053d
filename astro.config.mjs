// @ts-check
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import {
  buildFolders,
  cacheDir,
  isBuild,
  outDir,
  postsDir,
  siteConfigFile,
  DEFAULT_SITE_CONFIG,
} from './src/build/env.ts';
import devStoreRefresh from './src/build/dev-store-refresh.ts';
import stagedOut from './src/build/staged-out.ts';
import { contentParseKey } from './src/build/content-key.ts';
import { siteConfigOverride } from './src/build/site-config.ts';
import { stringsFor } from './src/i18n/tables.ts';
import imageCheck from './src/images/integration.ts';
import { markdownConfig, mdxBuild, mdxSource } from './src/markdown/index.ts';
import search from './src/search/integration.ts';
import { cspDirectives, cspScriptResources } from './src/security/csp.ts';
import { lastmodFromPages } from './src/seo/sitemap.ts';
import { isLocalAddress, siteAddress } from './src/urls.ts';

const root = fileURLToPath(new URL('./', import.meta.url));
/** The site config: src/site.config.ts, or the file BLOG_SITE_CONFIG names (src/build/env.ts). */
const configFile = siteConfigFile(root);
// A path known only when the config runs: Vite cannot follow it, and need not (it is loaded, not bundled).
/** @type {{ siteConfig: import('./src/site.config.ts').SiteConfig }} */
const { siteConfig } = await import(/* @vite-ignore */ pathToFileURL(configFile).href);
const strings = stringsFor(siteConfig.lang);
const defaultConfigFile = fileURLToPath(new URL(DEFAULT_SITE_CONFIG, import.meta.url));
// Read by the content loader (src/loader/index.ts), which runs in this process.
// postsDir(): a set but empty BLOG_CONTENT_DIR fails here, before anything is built.
process.env.BLOG_CONTENT_PARSE_KEY = contentParseKey(root, [...new Set([defaultConfigFile, configFile])], postsDir());

/*
 * `astro build` runs in a root of its own (src/build/env.ts: buildFolders says why), so builds of other
 * posts folders and `npm run dev` never share Astro's generated modules; everything else is as in dev.
 */
const building = isBuild();
const folders = buildFolders(root);
const out = building ? (folders.staged ?? folders.out) : outDir();
if (building) mkdirSync(folders.root, { recursive: true });
// Where entries' file paths are relative to (Astro stores them relative to its root), for messages.
process.env.BLOG_BUILD_ROOT = building ? folders.root : root;

/**
 * sha256 of an inline script, as CSP wants it.
 * @param {string} path
 * @returns {`sha256-${string}`}
 */
const scriptHash = (path) =>
  `sha256-${createHash('sha256')
    .update(readFileSync(new URL(path, import.meta.url)))
    .digest('base64')}`;

const site = siteAddress(process.env, siteConfig.url);
if (building && isLocalAddress(site.url)) {
  const why = site.source === 'local' ? '공개 주소가 정해지지 않아' : '공개 주소가 이 컴퓨터의 주소라';
  console.warn(
    `[site] ${why} ${site.url} 로 빌드합니다: canonical 링크, 피드, 사이트맵, 공유 카드가 이 주소를 ` +
      '가리킵니다. 배포할 빌드라면 src/site.config.ts의 url이나 환경 변수 SITE_URL에 공개 주소를 적으세요 ' +
      '(Netlify와 Vercel에서는 저절로 정해집니다).',
  );
}

const distUrl = pathToFileURL(path.join(path.resolve(root, out), path.sep));
const overridePlugin = siteConfigOverride(defaultConfigFile, configFile);

export default defineConfig({
  site: site.url,
  ...(building ? { root: folders.root, srcDir: folders.src, publicDir: folders.public } : {}),
  outDir: out,
  // Its own cache per posts folder and config: Astro's content store does not notice they changed.
  cacheDir: building ? folders.cache : cacheDir(),
  trailingSlash: 'always',
  /*
   * Four pages in flight at once: takumi draws social cards on its own threads (src/og/render.ts), so
   * while one card is drawn the next page renders (with the earlier sharp renderer, a cold 1,000-post
   * build went from 95 s to 43 s on 2 cores).
   */
  build: { format: 'directory', concurrency: 4 },
  /*
   * Pages whose getStaticPaths gives a cacheKey (posts, listings, older feed pages, social cards) are
   * copied from the last build when neither the key nor their code changed. Keys hash the page's props
   * (src/lib/cache-key.ts); the cache is in cacheDir, kept between deploys where node_modules is (README).
   */
  experimental: { incrementalBuild: true },
  prerenderConflictBehavior: 'error',
  /*
   * A CSP <meta> on every page: scripts and styles only from this site or by hash (Astro hashes what it
   * bundles; the theme script in BaseHead is inlined from src/client/theme-init.js and hashed here).
   * The directives live in src/security/csp.ts (third parties only for features switched on).
   * frame-ancestors cannot be set from a <meta>: netlify.toml and vercel.json send it as a header.
   */
  security: {
    csp: {
      directives: cspDirectives(siteConfig),
      scriptDirective: {
        resources: cspScriptResources(siteConfig),
        hashes: [scriptHash('./src/client/theme-init.js')],
      },
    },
  },
  markdown: markdownConfig(strings, siteConfig, building ? folders.public : path.join(root, 'public')),
  vite: { plugins: overridePlugin ? [overridePlugin] : [] },
  integrations: [
    // Before mdx(): characters no page may carry leave an MDX post before it compiles (src/markdown/).
    mdxSource(),
    mdx(),
    // MDX as the build compiles it: hints for its errors, posts named in render errors (src/markdown/).
    mdxBuild(),
    imageCheck(),
    // npm run dev: a page asked for while the content store is written does not leave the old posts behind.
    devStoreRefresh(),
    // lastmod comes from the page itself, so it can never disagree with what the page says.
    sitemap({ serialize: lastmodFromPages(distUrl) }),
    // Last: the index is built while the build:done hooks listed before it run (src/search/integration.ts),
    // so those must not change post pages or touch dist/pagefind/.
    ...(siteConfig.search.enabled ? [search({ language: siteConfig.lang.split('-')[0] ?? siteConfig.lang })] : []),
    // After everything else has written into the output folder.
    ...(building && folders.staged ? [stagedOut(folders.staged, folders.out)] : []),
  ],
});
