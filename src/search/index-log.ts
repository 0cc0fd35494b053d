/**
 * The line the search integration logs when it has written the index, and its reader. `npm run bench`
 * reads build logs for these figures, so the format and its parser live together and are tested
 * together: a change of wording cannot silently drop a figure.
 */
export interface IndexReport {
  pages: number;
  ms: number;
  /** The index was copied from the cache (no post page had changed). */
  reused: boolean;
  /** Pages whose record came from the record cache (record-cache.ts), when the index was made. */
  recordsReused?: number;
}

export function indexLogLine({ pages, ms, reused, recordsReused }: IndexReport): string {
  if (reused) return `${pages} post pages unchanged: reused their index (${ms} ms)`;
  return `indexed ${pages} post pages in ${ms} ms${recordsReused ? `, ${recordsReused} of their records kept from the last build` : ''}`;
}

export function parseIndexLogLine(log: string): IndexReport | undefined {
  const indexed = /indexed (\d+) post pages in (\d+) ms(?:, (\d+) of their records kept)?/.exec(log);
  if (indexed) {
    const report: IndexReport = { pages: Number(indexed[1]), ms: Number(indexed[2]), reused: false };
    if (indexed[3]) report.recordsReused = Number(indexed[3]);
    return report;
  }
  const reused = /(\d+) post pages unchanged: reused their index \((\d+) ms\)/.exec(log);
  if (reused) return { pages: Number(reused[1]), ms: Number(reused[2]), reused: true };
  return undefined;
}
