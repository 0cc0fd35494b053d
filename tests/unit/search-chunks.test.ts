import { describe, expect, it } from 'vitest';
import { chunksFor, chunksToPreload, indexKey, type ChunkRange } from '../../src/search/chunks';

const key = (s: string) => indexKey(s);
// Ranges as Pagefind writes them: sorted, each `to` cut to a prefix that sorts before the next `from`.
const ranges: ChunkRange[] = [
  [key('가'), key('번'), 30_000],
  [key('번역'), key('번역가'), 30_000],
  [key('번역가들'), key('번역본'), 20_000],
  [key('번역서'), key('센'), 40_000],
  [key('센터'), key('힣'), 10_000],
];
const firsts = (list: ChunkRange[]) => list.map(([from]) => from);

describe('chunksFor', () => {
  it('finds every chunk that can hold a word starting with the query word, its own first', () => {
    expect(firsts(chunksFor(ranges, key('번역')))).toEqual(firsts(ranges.slice(0, 4)));
    expect(firsts(chunksFor(ranges, key('센터')))).toEqual(firsts(ranges.slice(3)));
    expect(firsts(chunksFor(ranges, key('가나')))).toEqual(firsts(ranges.slice(0, 1)));
  });
});

describe('chunksToPreload', () => {
  it("preloads the chunks after each word's own, the words taking turns, within the byte budget", () => {
    // 번역's own chunk is the first (Pagefind loads it); then 번역가…, 번역서…; 센터's own is the fourth.
    expect(firsts(chunksToPreload(ranges, [key('번역')], 100_000))).toEqual(firsts(ranges.slice(1, 4)));
    expect(firsts(chunksToPreload(ranges, [key('번역')], 50_000))).toEqual(firsts(ranges.slice(1, 3)));
    expect(firsts(chunksToPreload(ranges, [key('번역'), key('센터')], 45_000))).toEqual(
      firsts([ranges[1]!, ranges[4]!]),
    );
  });

  it('preloads the first chunk too when the word falls between two chunks', () => {
    const gap: ChunkRange[] = [
      ['a', 'b', 10],
      ['bd', 'c', 10],
    ];
    expect(firsts(chunksToPreload(gap, ['bc']))).toEqual([]);
    expect(firsts(chunksToPreload(gap, ['b']))).toEqual(['bd']);
  });

  it('keys words as Pagefind does: lower case, no punctuation, decomposed Hangul', () => {
    expect(indexKey('GPT-4')).toBe('gpt4');
    expect(indexKey('센터')).toBe('센터'.normalize('NFD'));
  });
});
