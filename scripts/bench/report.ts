/**
 * Benchmark results: the machine description, one JSON file per run and size in bench/results/, and
 * the Markdown tables of docs/benchmarks.md (regenerated from the newest result of each size).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { replaceDocSection } from '../lib/doc-section.ts';
import type { DistStats, LogFigures } from './measure.ts';
import type { WriteSummary } from './generate.ts';
import type { QueryBytes, SearchFigures } from './search.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  astro: string;
  os: string;
  /** 1-minute load average when the run started: other work on the machine makes timings noisy. */
  loadAtStart: number;
}

export function machineInfo(root: string): Machine {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const astro = JSON.parse(readFileSync(path.join(root, 'node_modules/astro/package.json'), 'utf8')) as {
    version: string;
  };
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    astro: astro.version,
    os: `${os.type()} ${os.release()}`,
    loadAtStart: Number(os.loadavg()[0]?.toFixed(2)),
  };
}

export interface Phase {
  wallMs: number;
  peakRssBytes: number;
  dist: DistStats;
  log: LogFigures;
}

export type Target = Record<'cold' | 'warm' | 'changed', Phase>;

/** The blog and the baseline built one after the other in the same state (both cold, or both warm). */
export interface Pair {
  blog: Phase;
  baseline: Phase;
}

export const pairRatio = (pair: Pair) => Number((pair.blog.wallMs / pair.baseline.wallMs).toFixed(3));

/** Of repeated pairs, the one whose blog/baseline ratio is the median (the lower middle of an even count). */
export function medianPair(pairs: readonly Pair[]): Pair {
  const sorted = [...pairs].sort((a, b) => pairRatio(a) - pairRatio(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('medianPair needs at least one pair');
  return median;
}

export interface BenchResult {
  date: string;
  n: number;
  seed: number;
  machine: Machine;
  generated: WriteSummary;
  blog: Target;
  baseline: Target;
  /** With --repeat: the blog/baseline ratio of every pair; blog and baseline above are the median pair. */
  ratios?: Record<'cold' | 'warm', number[]>;
  /** Korean search against the plain Pagefind index of the same pages (scripts/bench/search.ts). */
  search?: SearchFigures;
  notes: string[];
}

export const RESULTS_DIR = 'bench/results';
export const DOC = 'docs/benchmarks.md';

export async function saveResult(root: string, result: BenchResult): Promise<string> {
  const dir = path.join(root, RESULTS_DIR);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${result.date}-${result.n}.json`);
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

/** The newest result of every size, smallest size first. */
export async function latestResults(root: string): Promise<BenchResult[]> {
  const dir = path.join(root, RESULTS_DIR);
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => /^\d{4}-\d{2}-\d{2}-\d+\.json$/.test(f))
    .sort();
  const bySize = new Map<number, BenchResult>();
  for (const name of names) {
    const result = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as BenchResult;
    bySize.set(result.n, result); // names sort by date: the last one wins
  }
  return [...bySize.values()].sort((a, b) => a.n - b.n);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const times = (x: number, digits: number) => `${x.toFixed(digits)}×`;
const ratio = (a: number, b: number) => (b > 0 ? times(a / b, 1) : '–');

function sizeSection(r: BenchResult): string {
  const { blog, baseline } = r;
  const allRatios = (list: number[]) => list.map((x) => times(x, 2)).join(', ');
  const bullets = [
    ...(r.ratios
      ? [
          `Cold and warm builds ran ${r.ratios.cold.length} times, blog and baseline taking turns to go first; the cold ` +
            `rows show the cold pair with the median ratio, the warm rows the warm pair with the median ratio (not ` +
            `always the same run). Ratios of all pairs: cold ${allRatios(r.ratios.cold)}; warm ${allRatios(r.ratios.warm)}.`,
        ]
      : []),
    ...r.notes,
  ];
  const row = (label: string, a: string, b: string, q: string) => `| ${label} | ${a} | ${b} | ${q} |`;
  const time = (phase: keyof Target, label: string) =>
    row(
      label,
      seconds(blog[phase].wallMs),
      seconds(baseline[phase].wallMs),
      ratio(blog[phase].wallMs, baseline[phase].wallMs),
    );
  const memory = (phase: keyof Target, label: string) =>
    row(
      label,
      mb(blog[phase].peakRssBytes),
      mb(baseline[phase].peakRssBytes),
      ratio(blog[phase].peakRssBytes, baseline[phase].peakRssBytes),
    );
  const cold = blog.cold;
  const searchTime = (phase: Phase) =>
    phase.log.pagefindMs === undefined
      ? '?'
      : `${seconds(phase.log.pagefindMs)}${phase.log.pagefindReused ? ' (index reused)' : ''}`;
  const search = cold.dist.pagefindBytes
    ? `${mb(cold.dist.pagefindBytes)} for ${cold.log.pagefindPages ?? '?'} pages; cold ${searchTime(cold)}, warm ${searchTime(blog.warm)}, changed ${searchTime(blog.changed)}`
    : 'none';
  const og = cold.dist.ogCount
    ? `${cold.dist.ogCount} PNG, ${mb(cold.dist.ogBytes)}; cold: ${cold.log.ogRoutes ?? 0} drawn in ≈${seconds(cold.log.ogMs ?? 0)} (first to last card)`
    : 'none';
  const restored = (phase: Phase) => String(phase.log.restoredPages ?? 0);
  return [
    `### ${r.n.toLocaleString('en')} posts`,
    '',
    `${r.date}, seed ${r.seed}: ${r.generated.posts} posts (${r.generated.drafts} drafts, ${r.generated.covers} with a cover), ` +
      `${mb(r.generated.bytes)} of source; load average ${r.machine.loadAtStart} at the start.`,
    '',
    '| | blog | baseline | blog / baseline |',
    '| --- | ---: | ---: | ---: |',
    time('cold', 'cold build (empty caches, no output)'),
    time('warm', 'warm build (caches kept, nothing changed)'),
    time('changed', 'one post changed (warm)'),
    memory('cold', 'peak memory, cold'),
    memory('warm', 'peak memory, warm'),
    row('pages written (index.html)', String(cold.dist.pages), String(baseline.cold.dist.pages), ''),
    row(
      'output size',
      mb(cold.dist.bytes),
      mb(baseline.cold.dist.bytes),
      ratio(cold.dist.bytes, baseline.cold.dist.bytes),
    ),
    row('search index (dist/pagefind)', search, '–', ''),
    row('social cards (dist/og)', og, '–', ''),
    row(
      'files copied from the incremental cache: warm / changed',
      `${restored(blog.warm)} / ${restored(blog.changed)}`,
      '–',
      '',
    ),
    ...(bullets.length ? ['', ...bullets.map((b) => `- ${b}`)] : []),
    ...(r.search ? ['', searchSection(r.search)] : []),
  ].join('\n');
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The search rows of a size: index size, indexing time and first-query bytes, against plain Pagefind. */
export function searchSection(search: SearchFigures): string {
  const { korean, plain } = search;
  const largest = (list: QueryBytes[]) => list.reduce((a, b) => (b.index > a.index ? b : a));
  const row = (label: string, a: string, b: string, q: string) => `| ${label} | ${a} | ${b} | ${q} |`;
  const [kMax, pMax] = [largest(korean.queries), largest(plain.queries)];
  const perQuery = korean.queries.map((k, i) => {
    const p = plain.queries[i] as QueryBytes;
    return `${k.query} ${kb(k.index)} (${k.results} results) / ${kb(p.index)} (${p.results})`;
  });
  return [
    `Search, ${search.pages} post pages (${search.tokens.toLocaleString('en')} search tokens):`,
    '',
    '| | Korean search (now) | plain Pagefind (before) | now / before |',
    '| --- | ---: | ---: | ---: |',
    row(
      'index (chunks, fragments, filters, meta)',
      mb(korean.bytes.data),
      mb(plain.bytes.data),
      ratio(korean.bytes.data, plain.bytes.data),
    ),
    row(
      "whole dist/pagefind (with Pagefind's JS, CSS, wasm)",
      mb(korean.bytes.total),
      mb(plain.bytes.total),
      ratio(korean.bytes.total, plain.bytes.total),
    ),
    row(
      'indexing, outside the build (mean of two runs)',
      korean.runs
        ? `${seconds(korean.ms)} (${korean.runs.map(seconds).join(', ')}; records ${(korean.recordMs ?? []).map(seconds).join(', ')})`
        : seconds(korean.ms),
      plain.runs ? `${seconds(plain.ms)} (${plain.runs.map(seconds).join(', ')})` : seconds(plain.ms),
      ratio(korean.ms, plain.ms),
    ),
    row(
      `first query, /pagefind/ files (JS, wasm, index): largest of ${korean.queries.length}`,
      `${kb(kMax.index)} (${kMax.query})`,
      `${kb(pMax.index)} (${pMax.query})`,
      '',
    ),
    row(
      'first query, /pagefind/ files: median',
      kb(median(korean.queries.map((q) => q.index))),
      kb(median(plain.queries.map((q) => q.index))),
      '',
    ),
    row(
      'first query, everything the page loads: largest',
      kb(Math.max(...korean.queries.map((q) => q.total))),
      kb(Math.max(...plain.queries.map((q) => q.total))),
      '',
    ),
    '',
    `- First query, /pagefind/ files now / before (results found): ${perQuery.join('; ')}.`,
  ].join('\n');
}

export function benchMarkdown(results: BenchResult[]): string {
  if (results.length === 0) return '_No results yet: run `npm run bench`._';
  const m = results[results.length - 1]?.machine as Machine;
  const summary = [
    '| posts | cold: blog | cold: baseline | ratio | warm: blog | warm: baseline | ratio | one post changed: blog | peak memory: blog |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.n.toLocaleString('en')} | ${seconds(r.blog.cold.wallMs)} | ${seconds(r.baseline.cold.wallMs)} | ${ratio(r.blog.cold.wallMs, r.baseline.cold.wallMs)} ` +
        `| ${seconds(r.blog.warm.wallMs)} | ${seconds(r.baseline.warm.wallMs)} | ${ratio(r.blog.warm.wallMs, r.baseline.warm.wallMs)} ` +
        `| ${seconds(r.blog.changed.wallMs)} | ${mb(r.blog.cold.peakRssBytes)} |`,
    ),
  ];
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os}; Node ${m.node}, Astro ${m.astro}.`,
    '',
    ...summary,
    '',
    METHOD,
    '',
    ...results.map(sizeSection).flatMap((s) => [s, '']),
  ].join('\n');
}

const METHOD = `How: posts come from scripts/bench/generate.ts (seeded, 1,500–5,000 characters of Korean prose each, every
subject kind, ~5% in a series, ~5% with a cover, ~2% drafts). Publication dates lie between 2019-01-01 and
2026-10-31, fixed and in the past, so no post is scheduled: the blog builds every non-draft post, the baseline
every post (drafts included). Both sites build from a snapshot copy in a temporary folder. Cold: empty content
cache (which holds the incremental-build cache and the search index cache), empty social-card cache
(BLOG_OG_CACHE_DIR) and no output; Vite's dependency cache in node_modules/.vite is kept (for the baseline: in
the system temp folder). Warm: the same build again, so the blog copies unchanged pages from Astro's
incremental-build cache (experimental.incrementalBuild) and reuses the search index; the baseline has neither.
One post changed: one post's body edited, then a warm build. Time is wall-clock time of \`astro build\`; peak
memory is the largest sum of resident memory over the build's process group, sampled every 100 ms (an upper
bound: shared pages count once per process). Social-card time is the wall time from the first to the last card
in Astro's log (whole seconds; cards render four at a time next to other pages).`;

const INTRO = `# Benchmarks

How long the blog takes to build, and how much memory, as the number of posts grows. \`npm run bench\`
generates realistic review posts (deterministic: the same seed gives the same files) and builds both the
blog and a bare Astro baseline (\`bench/baseline/\`: the same posts, one plain page each) in the same
run, so the blog/baseline ratios stay meaningful on a busy or slow machine while absolute times do not.
\`npm run lighthouse\` audits the built site. Both commands regenerate their section below.
`;

export async function writeBenchDoc(root: string): Promise<string> {
  const file = path.join(root, DOC);
  await replaceDocSection(
    file,
    'bench',
    `## Build time and memory\n\n${benchMarkdown(await latestResults(root))}`,
    INTRO,
  );
  return file;
}

export { INTRO as BENCH_DOC_INTRO };
