import { describe, expect, it } from 'vitest';
import { mapLimited } from '../../src/lib/map-limited';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('mapLimited', () => {
  it('keeps the order of the items, whatever order the tasks finish in', async () => {
    const out = await mapLimited([30, 10, 20, 0], 4, async (ms, i) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `${i}:${ms}`;
    });
    expect(out).toEqual(['0:30', '1:10', '2:20', '3:0']);
  });

  it('never runs more than `limit` tasks at once, and runs each item once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await mapLimited([...Array(25).keys()], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await tick();
      seen.push(n);
      running--;
    });
    expect(most).toBe(3);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(25).keys()]);
  });

  it('handles no items, and refuses a limit below one', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
    await expect(mapLimited([1], 0, async () => 1)).rejects.toThrow(RangeError);
  });
});
