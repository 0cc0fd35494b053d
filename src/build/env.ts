/**
 * What a build takes from the environment, read in this one module (astro.config.mjs, the content
 * collection, `npm run new`, the benchmark and the build tests all ask here):
 *
 *   BLOG_CONTENT_DIR   the posts folder (default src/content/posts): fixtures, benchmarks
 *   BLOG_OUT_DIR       the output folder (default dist)
 *   BLOG_SITE_CONFIG   another site config file in place of src/site.config.ts (a test site in English)
 *   BLOG_BODY_IN_PLACE every post page renders its body itself (src/feeds/body-html.ts), for the build
 *                      test that compares both ways
 *
 * The social-card cache (BLOG_OG_CACHE_DIR) is read by src/og/cache.ts, the only place that uses it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

type Env = Record<string, string | undefined>;

export const DEFAULT_POSTS_DIR = './src/content/posts';
export const DEFAULT_SITE_CONFIG = 'src/site.config.ts';

/** The posts folder: BLOG_CONTENT_DIR made absolute, or the blog's own. */
export function postsDir(env: Env = process.env): string {
  if (env.BLOG_CONTENT_DIR !== undefined && env.BLOG_CONTENT_DIR.trim() === '') {
    throw new Error(
      'BLOG_CONTENT_DIR이 비어 있습니다. 글 폴더의 경로를 적거나, 기본 폴더(src/content/posts)를 쓰려면 변수를 지워 주세요.',
    );
  }
  return env.BLOG_CONTENT_DIR ? path.resolve(env.BLOG_CONTENT_DIR) : path.resolve(DEFAULT_POSTS_DIR);
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

/** Whether post pages render their bodies in place rather than show the feeds' rendering. */
export function bodiesInPlace(env: Env = process.env): boolean {
  return env.BLOG_BODY_IN_PLACE === '1';
}

/** `astro build` is running (not dev, preview, check or sync). */
export function isBuild(argv: readonly string[] = process.argv): boolean {
  return argv.slice(2).find((arg) => !arg.startsWith('-')) === 'build';
}

/**
 * Where a build runs, apart from every other build and from `npm run dev`. Astro writes the modules it
 * generates for the content layer (.astro/content-modules.mjs, types, collections) under its root, and
 * its prerender chunks under the output folder, or under <cwd>/.astro/ when the output folder is outside
 * the project: two builds at once then overwrote each other's (UnknownContentCollectionError), and a
 * build beside `npm run dev` left dev answering 500. So a build gets a root of its own inside its cache
 * folder, one per output folder, always at the same depth below the project (scoped style hashes come
 * from paths relative to the root, so every build writes the same bytes), and an output folder outside
 * the project is built inside that root and moved to its place at the end.
 *
 * The root and the source folders are real paths (symlinks resolved): Vite resolves a module to its
 * real path but finds the source folder relative to the root as given, so a node_modules that is a link
 * elsewhere (a CI cache, the benchmark's snapshots) sent it looking for src/ beside the link's target.
 */
export function buildFolders(project: string, env: Env = process.env) {
  const real = realPath(project);
  const cache = realPath(path.resolve(project, cacheDir(env)));
  const out = path.resolve(project, outDir(env));
  assertSafeOutDir(out, project, env);
  const root = path.join(cache, `root-${createHash('sha256').update(out).digest('hex').slice(0, 8)}`);
  const relative = path.relative(project, out);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return {
    cache,
    out,
    root,
    src: path.join(real, 'src'),
    public: path.join(real, 'public'),
    staged: inside ? undefined : path.join(root, 'out'),
  };
}

/** Whether `inner` is `outer` or lies inside it (both absolute; symlinks resolved). */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(realPath(outer), realPath(inner));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Astro empties the output folder before it writes: an output folder that is, or holds, the posts, the
 * project's sources or the project itself would delete them (BLOG_OUT_DIR=. or BLOG_OUT_DIR set to the
 * posts folder did, without a word).
 */
export function assertSafeOutDir(out: string, project: string, env: Env = process.env): void {
  const guarded = [
    { folder: postsDir(env), what: '글 폴더' },
    { folder: path.join(project, 'src'), what: '프로젝트의 src 폴더' },
    { folder: path.join(project, 'public'), what: '프로젝트의 public 폴더' },
    { folder: project, what: '프로젝트 폴더' },
  ];
  const refuse = (why: string) => {
    throw new Error(
      `출력 폴더(BLOG_OUT_DIR) "${out}"이(가) ${why}. ` +
        '빌드는 출력 폴더를 비우고 시작하므로 그 안의 파일이 지워집니다. 다른 폴더(예: dist)를 지정해 주세요.',
    );
  };
  for (const { folder, what } of guarded)
    if (within(folder, out)) refuse(`${what} "${folder}"이거나 그것을 담고 있습니다`);
  // A folder that holds files but no earlier build (no index.html, no _astro/): docs/, tests/, a home folder.
  let entries: string[];
  try {
    entries = readdirSync(out);
  } catch {
    return; // not there yet
  }
  const earlierBuild = entries.includes('index.html') || entries.includes('_astro');
  // Dot entries (.prerender, .DS_Store) are what a build that stopped early, or the OS, leaves.
  const files = entries.filter((name) => !name.startsWith('.'));
  if (files.length > 0 && !earlierBuild) refuse('사이트를 빌드한 적이 없는, 파일이 든 폴더입니다');
}

/** `file` with every symlink in its path resolved, for a path whose end may not exist yet. */
function realPath(file: string): string {
  const missing: string[] = [];
  let existing = path.resolve(file);
  while (!existsSync(existing) && path.dirname(existing) !== existing) {
    missing.unshift(path.basename(existing));
    existing = path.dirname(existing);
  }
  return path.join(realpathSync(existing), ...missing);
}
