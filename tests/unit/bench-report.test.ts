import { describe, expect, it } from 'vitest';
import { benchMarkdown, medianPair, type BenchResult, type Pair, type Phase } from '../../scripts/bench/report.ts';

const phase = (wallMs: number): Phase => ({
  wallMs,
  peakRssBytes: 1e9,
  dist: { pages: 10, bytes: 1e6, files: 12, ogCount: 0, ogBytes: 0, pagefindBytes: 0 },
  log: {},
});
const pair = (blog: number, baseline: number): Pair => ({ blog: phase(blog), baseline: phase(baseline) });

describe('medianPair (repeated benchmark builds)', () => {
  it('keeps the pair whose blog/baseline ratio is the median, not the medians of each side', () => {
    // Ratios 5×, 2×, 3×. The median blog time (40 s) is the second pair's, the median baseline time
    // (10 s) the first's or the third's: only the ratio picks the third.
    const pairs = [pair(50_000, 10_000), pair(40_000, 20_000), pair(30_000, 10_000)];
    expect(medianPair(pairs)).toBe(pairs[2]);
    expect(medianPair(pairs.slice(0, 2))).toBe(pairs[1]);
    expect(medianPair([pairs[0]!])).toBe(pairs[0]);
    expect(() => medianPair([])).toThrow();
  });
});

describe('benchMarkdown', () => {
  const result = (ratios?: BenchResult['ratios']): BenchResult => ({
    date: '2026-11-28',
    n: 1000,
    seed: 1,
    machine: { cpu: 'cpu', cores: 2, ramGiB: 24, node: 'v24', astro: '7', os: 'Linux', loadAtStart: 0.5 },
    generated: { posts: 1000, drafts: 20, covers: 50, files: 1050, bytes: 8e6 },
    blog: { cold: phase(40_000), warm: phase(18_000), changed: phase(22_000) },
    baseline: { cold: phase(16_000), warm: phase(16_000), changed: phase(16_000) },
    ...(ratios ? { ratios } : {}),
    notes: ['a note'],
  });

  it('shows the ratio of every repeated pair', () => {
    const md = benchMarkdown([result({ cold: [2.5, 2.31, 2.7], warm: [1.125, 1.2, 1] })]);
    expect(md).toContain('| cold build (empty caches, no output) | 40.0 s | 16.0 s | 2.5× |');
    expect(md).toContain('ran 3 times');
    expect(md).toContain('cold 2.50×, 2.31×, 2.70×; warm 1.13×, 1.20×, 1.00×');
    expect(md).toContain('- a note');
  });

  it('says nothing of repetitions for a single run', () => {
    const md = benchMarkdown([result()]);
    expect(md).not.toContain('times, blog and baseline');
    expect(md).toContain('\n\n- a note');
  });
});
