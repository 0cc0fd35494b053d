/**
 * `npm run bench`: build the blog and the bare Astro baseline (bench/baseline/) on the same generated
 * posts, for each size, and record wall time, peak memory and output.
 *
 *   npm run bench                      # 100 and 1,000 posts
 *   npm run bench -- --quick           # 100 posts only
 *   npm run bench -- --n5000           # 100, 1,000 and 5,000
 *   npm run bench -- --sizes 100,1000,5000 [--seed 42] [--keep]
 *   npm run bench -- --repeat 3        # cold and warm builds three times, blog and baseline alternating
 *   npm run bench -- --report-only     # only rewrite docs/benchmarks.md from bench/results/
 *
 * Per size and per site: "cold" (empty cache folder, no output), "warm" (again, caches kept, nothing
 * changed), then one post's body is edited and both are built warm again ("changed"). With --repeat N
 * the cold and warm builds run N times, the two sites taking turns to go first (a slow or busy spell of
 * the machine then hits both), and the report shows the pair whose ratio is the median. Everything lives
 * in a temporary folder (removed unless --keep); the blog's content cache, which src/build/env.ts puts
 * in the snapshot's node_modules/.astro-content-<hash>, is emptied before the cold build.
 *
 * Both sites are built from a snapshot copy (the blog: src/, public/, astro.config.mjs, package.json,
 * tsconfig.json; the baseline: bench/baseline/) with the packages linked. Astro writes generated
 * modules (.astro/content-modules.mjs, and the prerender chunks of an outDir outside the working
 * directory) under the project root, so builds of other content in the same checkout at the same time
 * would otherwise break each other, and later edits to src/ cannot change a run halfway.
 * Results: bench/results/<date>-<N>.json and the tables in docs/benchmarks.md.
 */
import { appendFile, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cacheDir } from '../../src/build/env.ts';
import { DEFAULT_SEED, generatePosts, writePosts } from './generate.ts';
import { distStats, measureCommand, parseLog } from './measure.ts';
import { measureSearch, type SearchFigures } from './search.ts';
import {
  machineInfo,
  medianPair,
  pairRatio,
  saveResult,
  searchSection,
  writeBenchDoc,
  type BenchResult,
  type Pair,
  type Phase,
  type Target,
} from './report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = path.join(root, 'node_modules/astro/bin/astro.mjs');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    n5000: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    keep: { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'report-only': { type: 'boolean', default: false },
  },
});

const sizes = values.sizes
  ? values.sizes.split(',').map((s) => Number(s.trim()))
  : values.quick
    ? [100]
    : values.n5000
      ? [100, 1000, 5000]
      : [100, 1000];
if (sizes.some((n) => !Number.isInteger(n) || n < 1))
  throw new Error(`--sizes wants whole numbers, got "${values.sizes}"`);
const seed = Number(values.seed);
const repeat = Number(values.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat wants a whole number ≥ 1, got "${values.repeat}"`);

/** The cache folder a build of the blog uses for a BLOG_CONTENT_DIR (src/build/env.ts decides it). */
const blogCacheDir = (project: string, contentDir: string) =>
  path.join(project, cacheDir({ BLOG_CONTENT_DIR: contentDir }));

interface Site {
  name: 'blog' | 'baseline';
  /** The snapshot the build runs in (its root and working directory). */
  dir: string;
  env: NodeJS.ProcessEnv;
  outDir: string;
  /** Emptied before the cold build. */
  caches: string[];
}

async function build(site: Site, phase: string, work: string): Promise<Phase> {
  const logFile = path.join(work, `${site.name}-${phase}.log`);
  process.stdout.write(`  ${site.name.padEnd(8)} ${phase.padEnd(7)} … `);
  const run = await measureCommand(process.execPath, [ASTRO, 'build'], {
    cwd: site.dir,
    env: site.env,
    logFile,
  });
  if (run.exitCode !== 0) {
    console.log('failed');
    console.error(run.log.split('\n').slice(-40).join('\n'));
    throw new Error(`${site.name} ${phase} build failed (exit ${run.exitCode}); log: ${logFile}`);
  }
  const dist = await distStats(site.outDir);
  console.log(`${(run.wallMs / 1000).toFixed(1)} s, ${(run.peakRssBytes / 1e6).toFixed(0)} MB, ${dist.pages} pages`);
  const log = parseLog(run.log);
  // A figure the report needs and the log did not give is an error, not a silent gap in the table.
  if (site.name === 'blog' && log.pagefindMs === undefined) {
    throw new Error(
      `${site.name} ${phase}: no search-index line in the build log (src/search/index-log.ts); ${logFile}`,
    );
  }
  return { wallMs: Math.round(run.wallMs), peakRssBytes: run.peakRssBytes, dist, log };
}

const BLOG_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const BASELINE_FILES = ['src', 'astro.config.mjs'];

/**
 * Copies `files` of the project at `from` to `to`, with a node_modules of its own whose entries link to
 * the repository's packages. Not one link for the whole folder: the build's root lives in node_modules
 * (src/build/env.ts), and Astro takes a page outside the root for a root-relative path unless the two
 * share a folder, so the root must stay beside the snapshot's src/. Caches (.astro*, .vite) are not
 * linked: each snapshot has its own.
 */
async function snapshot(from: string, to: string, files: string[]): Promise<string> {
  await mkdir(path.join(to, 'node_modules'), { recursive: true });
  for (const file of files) await cp(path.join(from, file), path.join(to, file), { recursive: true });
  const modules = path.join(root, 'node_modules');
  for (const name of await readdir(modules)) {
    if (name.startsWith('.astro') || name === '.vite' || name === '.cache') continue;
    await symlink(path.join(modules, name), path.join(to, 'node_modules', name));
  }
  return to;
}

/** Appends a paragraph to the first published .mdx post: a body-only change. */
async function changeOnePost(contentDir: string, posts: ReturnType<typeof generatePosts>): Promise<string> {
  const post = posts.find((p) => !p.draft && p.file.endsWith('.mdx'));
  if (!post) throw new Error('no published .mdx post to change');
  await appendFile(path.join(contentDir, post.file), '\n## 덧붙임\n\n다시 읽으면서 한 문단을 더 적어 둡니다.\n');
  return post.file;
}

async function benchSize(n: number): Promise<BenchResult> {
  const machine = machineInfo(root); // load average now, before this size's builds
  const work = await mkdtemp(path.join(os.tmpdir(), `blog-bench-${n}-`));
  const contentDir = path.join(work, 'posts');
  console.log(`\n${n} posts (seed ${seed}) in ${work}`);
  const posts = generatePosts(n, seed);
  const generated = await writePosts(contentDir, posts);
  const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BLOG_CONTENT_DIR: contentDir };
  const blogDir = await snapshot(root, path.join(work, 'blog'), BLOG_FILES);
  const baselineDir = await snapshot(path.join(root, 'bench/baseline'), path.join(work, 'baseline'), BASELINE_FILES);
  const blog: Site = {
    name: 'blog',
    dir: blogDir,
    env: { ...baseEnv, BLOG_OUT_DIR: path.join(blogDir, 'dist'), BLOG_OG_CACHE_DIR: path.join(work, 'og-cache') },
    outDir: path.join(blogDir, 'dist'),
    caches: [blogCacheDir(blogDir, contentDir), path.join(work, 'og-cache')],
  };
  const baseline: Site = {
    name: 'baseline',
    dir: baselineDir,
    env: {
      ...baseEnv,
      BASELINE_OUT_DIR: path.join(baselineDir, 'dist'),
      BASELINE_CACHE_DIR: path.join(work, 'baseline-cache'),
    },
    outDir: path.join(baselineDir, 'dist'),
    caches: [path.join(work, 'baseline-cache')],
  };
  const notes: string[] = [];
  let search: SearchFigures | undefined;
  try {
    const runs: Record<'cold' | 'warm', Pair[]> = { cold: [], warm: [] };
    for (let run = 0; run < repeat; run++) {
      const suffix = repeat > 1 ? `-${run + 1}` : '';
      const phases: Partial<Record<Site['name'], { cold: Phase; warm: Phase }>> = {};
      for (const site of run % 2 === 0 ? [blog, baseline] : [baseline, blog]) {
        for (const dir of [...site.caches, site.outDir]) await rm(dir, { recursive: true, force: true });
        const coldRun = await build(site, `cold${suffix}`, work);
        if (site === blog && run === 0) {
          process.stdout.write('  search   index and first queries … ');
          search = await measureSearch(blog.outDir, work);
          console.log(`${search.korean.ms} ms (plain ${search.plain.ms} ms)`);
          console.log(searchSection(search).replace(/^/gm, '    '));
        }
        phases[site.name] = { cold: coldRun, warm: await build(site, `warm${suffix}`, work) };
      }
      for (const phase of ['cold', 'warm'] as const)
        runs[phase].push({ blog: phases.blog![phase], baseline: phases.baseline![phase] });
    }
    const cold = medianPair(runs.cold);
    const warm = medianPair(runs.warm);
    const results: Record<Site['name'], Partial<Target>> = {
      blog: { cold: cold.blog, warm: warm.blog },
      baseline: { cold: cold.baseline, warm: warm.baseline },
    };
    const changed = await changeOnePost(contentDir, posts);
    for (const site of [blog, baseline]) results[site.name].changed = await build(site, 'changed', work);

    const ogCached = (await readdir(path.join(work, 'og-cache')).catch(() => [])).length;
    if (ogCached === 0 && (results.blog?.cold?.dist.ogCount ?? 0) > 0) {
      notes.push(
        'The social-card cache was not in the run folder (BLOG_OG_CACHE_DIR ignored?): the cold build may have reused cards.',
      );
    }
    notes.push(`"One post changed" appends a paragraph to ${changed}.`);
    return {
      date: new Date().toISOString().slice(0, 10),
      n,
      seed,
      machine,
      generated,
      blog: results.blog as Target,
      baseline: results.baseline as Target,
      ...(search ? { search } : {}),
      ...(repeat > 1 ? { ratios: { cold: runs.cold.map(pairRatio), warm: runs.warm.map(pairRatio) } } : {}),
      notes,
    };
  } finally {
    if (values.keep) console.log(`  kept ${work}`);
    else await rm(work, { recursive: true, force: true });
  }
}

if (values['report-only']) {
  console.log(`→ ${path.relative(root, await writeBenchDoc(root))}`);
  process.exit(0);
}

const machine = machineInfo(root);
console.log(
  `${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB; Node ${machine.node}, Astro ${machine.astro}; load ${machine.loadAtStart}`,
);
await mkdir(path.join(root, 'bench/results'), { recursive: true });
for (const n of sizes) {
  const result = await benchSize(n);
  console.log(`  → ${path.relative(root, await saveResult(root, result))}`);
}
console.log(`  → ${path.relative(root, await writeBenchDoc(root))}`);
