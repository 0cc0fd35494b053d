/**
 * `task` over every item, at most `limit` running at once, results in the order of `items`. For I/O in
 * bulk (reading or copying a thousand files one by one is slow; all at once runs out of descriptors) and
 * for child processes on a small machine.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!(limit >= 1)) throw new RangeError('limit must be at least 1');
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
