import { describe, expect, it } from 'vitest';
import { parseLog } from '../../scripts/bench/measure';
import { indexLogLine, parseIndexLogLine } from '../../src/search/index-log';

const cold = `09:54:40 [build] Rearranging server assets...
09:54:44   ├─ /kinds/other/page/14/index.html (+12ms)
09:54:44   ├─ /og/default.png (+16ms)
09:54:44   ├─ /og/posts/bench-00531-paper.png (+294ms)
09:54:50   ├─ /posts/bench-00002-book/index.html (+5ms)09:54:52   ├─ /og/posts/bench-00532-film.png
09:54:59   ├─ /og/posts/bench-00617-other.png (+325ms)
09:55:00   ├─ /posts/bench-00001-book/index.html (+9ms)
09:55:09 [blog:pagefind] indexed 978 post pages in 3976 ms
09:55:10 [build] 1501 page(s) built in 41.43s`;

const warm = `10:00:10   ├─ /og/default.png (+5ms)
10:00:10   ├─ /kinds/other/page/14/index.html (restored)
10:00:10   ├─ /og/posts/bench-00436-paper.png (restored)
10:00:13 [blog:pagefind] 978 post pages unchanged: reused their index (1234 ms)`;

describe('parseLog (benchmark figures from an Astro build log)', () => {
  it('times social cards by the clock, not by summing routes rendered side by side', () => {
    const figures = parseLog(cold);
    // Four, one of them on a line another route's time ran into.
    expect(figures.ogRoutes).toBe(4);
    expect(figures.ogMs).toBe(15_000);
    expect(figures.astroPagesMs).toBeCloseTo(41_430);
    expect(figures).toMatchObject({ pagefindPages: 978, pagefindMs: 3976, pagefindReused: false });
    expect(figures.restoredPages).toBeUndefined();
  });

  it('counts pages copied from the incremental cache and a reused search index', () => {
    const figures = parseLog(warm);
    expect(figures.restoredPages).toBe(2);
    expect(figures).toMatchObject({ pagefindPages: 978, pagefindMs: 1234, pagefindReused: true, ogRoutes: 1, ogMs: 0 });
  });
});

describe('the search integration’s log line', () => {
  it('is read back by the parser that the benchmark uses, whatever it says', () => {
    for (const report of [
      { pages: 978, ms: 3976, reused: false },
      { pages: 978, ms: 2650, reused: false, recordsReused: 977 },
      { pages: 1, ms: 0, reused: true },
    ]) {
      const line = `10:00:13 [blog:pagefind] ${indexLogLine(report)}`;
      expect(parseIndexLogLine(line)).toEqual(report);
      expect(parseLog(line)).toMatchObject({
        pagefindPages: report.pages,
        pagefindMs: report.ms,
        pagefindReused: report.reused,
      });
    }
    expect(parseIndexLogLine('10:00:13 [build] Complete!')).toBeUndefined();
  });
});
