/**
 * Measuring one build: wall time, peak memory of the whole process tree, and what the build wrote.
 *
 * Peak memory: the build runs in its own process group; every ~100 ms we sum the resident set size of
 * all processes in that group (Astro's Node process plus anything it starts, e.g. Pagefind's binary)
 * from /proc/<pid>/stat and keep the maximum. Shared pages count once per process, so this is an upper
 * bound; short spikes between two polls can be missed. (`/usr/bin/time -v` reports only the largest
 * single process, not the tree.)
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseIndexLogLine } from '../../src/search/index-log.ts';

const PAGE_SIZE = 4096;
const POLL_MS = 100;

/** Sum of RSS (bytes) over the processes whose process group is `pgid`. */
async function groupRss(pgid: number): Promise<number> {
  let total = 0;
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = await readFile(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces), counted from field 3 (state).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * PAGE_SIZE;
    } catch {
      // The process ended between readdir and readFile.
    }
  }
  return total;
}

export interface RunResult {
  wallMs: number;
  peakRssBytes: number;
  exitCode: number;
  log: string;
}

/** Runs a command in its own process group, teeing its output to `logFile`, and measures it. */
export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<RunResult> {
  const out = createWriteStream(options.logFile);
  const chunks: Buffer[] = [];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      out.write(chunk);
    });
  }
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  let done = false;
  let peak = 0;
  const poller = (async () => {
    while (!done) {
      if (child.pid) peak = Math.max(peak, await groupRss(child.pid));
      await sleep(POLL_MS);
    }
  })();
  const exitCode = await exited;
  const wallMs = performance.now() - started;
  done = true;
  await poller;
  await new Promise((resolve) => out.end(resolve));
  return { wallMs, peakRssBytes: peak, exitCode, log: Buffer.concat(chunks).toString('utf8') };
}

async function walk(dir: string, visit: (file: string, size: number) => void): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, visit);
    else if (entry.isFile()) visit(full, (await stat(full)).size);
  }
}

export interface DistStats {
  /** index.html files: one per page in the directory build format. */
  pages: number;
  bytes: number;
  files: number;
  pagefindBytes: number;
  ogCount: number;
  ogBytes: number;
}

export async function distStats(dir: string): Promise<DistStats> {
  const stats: DistStats = { pages: 0, bytes: 0, files: 0, pagefindBytes: 0, ogCount: 0, ogBytes: 0 };
  await walk(dir, (file, size) => {
    const rel = path.relative(dir, file);
    stats.files++;
    stats.bytes += size;
    if (path.basename(file) === 'index.html') stats.pages++;
    if (rel.startsWith(`pagefind${path.sep}`)) stats.pagefindBytes += size;
    if (rel.startsWith(`og${path.sep}`) && rel.endsWith('.png')) {
      stats.ogCount++;
      stats.ogBytes += size;
    }
  });
  return stats;
}

export interface LogFigures {
  /** Astro's own "N page(s) built in X" figure, ms. */
  astroPagesMs?: number;
  /** From the search integration's log line (src/search/index-log.ts, which writes and reads it). */
  pagefindMs?: number;
  pagefindPages?: number;
  /** The index was copied from the cache (no post page changed). */
  pagefindReused?: boolean;
  /**
   * Wall time from the first to the last social card Astro logs (whole seconds: the log's clock), and
   * how many it rendered. Astro renders four pages at a time (build.concurrency), so the per-route
   * times it prints overlap and their sum would overstate the cost.
   */
  ogMs?: number;
  ogRoutes?: number;
  /** Pages (social cards included) copied from the incremental build cache instead of rendered. */
  restoredPages?: number;
}

// Astro prints colour codes even into a pipe sometimes; strip them before matching.
// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

const toMs = (value: string, unit: string) => Number(value) * (unit === 's' ? 1000 : unit === 'm' ? 60_000 : 1);

/** Seconds since midnight of an HH:MM:SS log timestamp. */
const clock = (hms: string) => hms.split(':').reduce((total, part) => total * 60 + Number(part), 0);

export function parseLog(raw: string): LogFigures {
  const log = stripAnsi(raw);
  const figures: LogFigures = {};
  const built = /(\d+) page\(s\) built in ([\d.]+)(ms|s|m)\b/.exec(log);
  if (built?.[2] && built[3]) figures.astroPagesMs = toMs(built[2], built[3]);
  const search = parseIndexLogLine(log);
  if (search) {
    figures.pagefindPages = search.pages;
    figures.pagefindMs = search.ms;
    figures.pagefindReused = search.reused;
  }
  // Not anchored to the start of a line: with build.concurrency above 1, Astro prints a route's line
  // before its page is done and the time after, so lines run together ("/404.html06:29:51 ├─ /og/…").
  // Cards drawn, not those copied from the incremental cache ("(restored)").
  const cards = [...log.matchAll(/(\d\d:\d\d:\d\d)\s+\S+ \/og\/\S+\.png(?! \((?:restored|cached)\))/g)];
  const first = cards[0]?.[1];
  const last = cards.at(-1)?.[1];
  if (first && last) {
    figures.ogMs = (clock(last) - clock(first)) * 1000;
    figures.ogRoutes = cards.length;
  }
  const restored = log.match(/\((restored|cached)\)/g)?.length ?? 0;
  if (restored > 0) figures.restoredPages = restored;
  return figures;
}
