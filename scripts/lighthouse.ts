/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, default simulated throttling) on the built site,
 * served from dist/ on 127.0.0.1, for the home page, the first post, a tag page, the archive and the bookshelf. Prints
 * the four category scores and LCP per page, lists what costs points, and regenerates the "lighthouse"
 * section of docs/benchmarks.md. Run `npm run build` first.
 *
 *   npm run lighthouse [-- --dist <folder>] [-- --pages /,/archive/] [-- --runs 3] [-- --no-doc] [-- --reports <folder>]
 *
 * Chrome: CHROME_PATH, else Debian's /usr/bin/chromium, else whatever chrome-launcher finds.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { chromiumLaunchOptions, SYSTEM_CHROMIUM } from './lib/chromium.ts';
import { serveDist } from './lib/serve.ts';
import { replaceDocSection } from './lib/doc-section.ts';
import { BENCH_DOC_INTRO, DOC } from './bench/report.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const DEFAULT_PAGES = [
  '/',
  '/posts/review-mit-technology-review-ai-energy/',
  `/tags/${encodeURIComponent('전력')}/`,
  '/archive/',
  '/shelf/',
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The same flags as the tests' Chromium (scripts/lib/chromium.ts), in the new headless mode Lighthouse wants.
const CHROME_FLAGS = ['--headless=new', ...(chromiumLaunchOptions.args ?? []).filter((flag) => flag !== '--headless')];

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    pages: { type: 'string' },
    'no-doc': { type: 'boolean', default: false },
    reports: { type: 'string', default: path.join(os.tmpdir(), 'lighthouse-reports') },
    runs: { type: 'string', default: '1' },
  },
});

const dist = path.resolve(values.dist);
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error(`No site in ${dist}: run \`npm run build\` first (or pass --dist <folder>).`);
  process.exit(1);
}
const pages = values.pages?.split(',') ?? DEFAULT_PAGES;
const runCount = Math.max(1, Number(values.runs) || 1);
const chromePath = process.env.CHROME_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);

interface Finding {
  id: string;
  title: string;
  score: number;
  displayValue?: string;
  /** Caused by the local test server (no compression, no cache headers), not by the site or its host. */
  localServer: boolean;
}

const LOCAL_SERVER = new Set([
  'uses-text-compression',
  'uses-long-cache-ttl',
  'cache-insight',
  'document-latency-insight',
]);

interface PageResult {
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  /** Lighthouse's CPU benchmark of this machine at the time: low values (busy or slow CPU) inflate TBT. */
  benchmarkIndex: number;
  findings: Finding[];
  report: string;
}

async function audit(url: string, pagePath: string, run: number): Promise<PageResult> {
  // A fresh browser per page: no cache or state carried from the previous audit.
  const chrome = await chromeLauncher.launch({ chromeFlags: CHROME_FLAGS, ...(chromePath ? { chromePath } : {}) });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
    ) as PageResult['scores'];
    // Audits that count towards a category and are not passed in full.
    // What costs points: audits that carry weight in a category score and are not passed, and
    // performance opportunities/insights that Lighthouse says would save time on a metric.
    const weighted = new Set(
      CATEGORIES.flatMap((c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? []),
    );
    const findings = Object.values(lhr.audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          ((weighted.has(a.id) && a.score < 0.9) || Object.values(a.metricSavings ?? {}).some((ms) => (ms ?? 0) > 0)),
      )
      .map((a) => ({
        id: a.id,
        title: a.title,
        score: a.score ?? 0,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
        localServer: LOCAL_SERVER.has(a.id),
      }))
      .sort((a, b) => a.score - b.score);
    await mkdir(values.reports, { recursive: true });
    const report = path.join(
      values.reports,
      `${pagePath.replace(/\W+/g, '-').replace(/^-|-$/g, '') || 'home'}-${run}.json`,
    );
    await writeFile(report, typeof result.report === 'string' ? result.report : JSON.stringify(lhr));
    const lcpMs = lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN;
    return { path: pagePath, scores, lcpMs, benchmarkIndex: lhr.environment.benchmarkIndex, findings, report };
  } finally {
    chrome.kill();
  }
}

function markdown(results: PageResult[], version: string): string {
  const rows = results.map(
    (r) =>
      `| \`${decodeURI(r.path)}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${(r.lcpMs / 1000).toFixed(1)} s | ${Math.round(r.benchmarkIndex)} |`,
  );
  const describe = (f: Finding) =>
    `${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}: ${Math.round(f.score * 100)}${f.localServer ? ' (local server)' : ''}`;
  const findings = results.flatMap((r) =>
    r.findings.length ? [`- \`${decodeURI(r.path)}\`: ${r.findings.map(describe).join('; ')}`] : [],
  );
  return [
    '## Lighthouse',
    '',
    `Lighthouse ${version}, mobile preset with simulated throttling, headless Chromium, site served from a local build on ` +
      `127.0.0.1 (${new Date().toISOString().slice(0, 10)}; ${runCount === 1 ? 'one run' : `median of ${runCount} runs`} per page).`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | CPU benchmark index |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'The local server sends neither compression nor cache headers: findings marked "local server" describe it, not the',
    'site or its host. Lighthouse measures the CPU before each run (benchmark index); far below ~1,000 the machine was',
    'busy, which inflates Total Blocking Time and lowers the performance score. Compare runs made on an idle machine.',
    '',
    ...(findings.length
      ? [
          'What costs points (audit score out of 100; weighted audits below 90 and opportunities with savings):',
          '',
          ...findings,
        ]
      : ['Nothing costs points.']),
  ].join('\n');
}

const server = await serveDist(dist);
const results: PageResult[] = [];
try {
  for (const pagePath of pages) {
    process.stdout.write(`${decodeURI(pagePath)} … `);
    // Several runs: keep the one with the median performance score (scores vary from run to run).
    const runs: PageResult[] = [];
    for (let i = 0; i < runCount; i++) runs.push(await audit(server.url + pagePath, pagePath, i + 1));
    const r = runs.sort((a, b) => a.scores.performance - b.scores.performance)[
      Math.floor(runs.length / 2)
    ] as PageResult;
    results.push(r);
    console.log(
      `${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}, LCP ${(r.lcpMs / 1000).toFixed(2)} s, CPU index ${Math.round(r.benchmarkIndex)}`,
    );
    for (const f of r.findings)
      console.log(
        `    ${String(Math.round(f.score * 100)).padStart(3)}  ${f.id}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''}${f.localServer ? ' [local server]' : ''}`,
      );
  }
} finally {
  await server.close();
}
console.log(`Full reports: ${values.reports}`);
if (!values['no-doc']) {
  await replaceDocSection(
    path.join(root, DOC),
    'lighthouse',
    markdown(results, lighthousePackage.version),
    BENCH_DOC_INTRO,
  );
  console.log(`→ ${DOC}`);
}
