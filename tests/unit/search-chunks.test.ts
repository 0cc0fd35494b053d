import { describe, expect, it } from 'vitest';
import { chunksFor, indexKey, MAX_CHUNKS_PER_WORD } from '../../src/search/chunks';

describe('chunksFor', () => {
  const key = (s: string) => indexKey(s);
  // Ranges as Pagefind writes them: sorted, each `to` cut to a prefix that sorts before the next `from`.
  const ranges: [string, string][] = [
    [key('가'), key('번')],
    [key('번역'), key('번역가')],
    [key('번역가들'), key('번역본')],
    [key('번역서'), key('센')],
    [key('센터'), key('힣')],
  ];

  it('finds every chunk that can hold a word starting with the query word', () => {
    expect(chunksFor(ranges, key('번역'))).toEqual([ranges[0]![0], ranges[1]![0], ranges[2]![0], ranges[3]![0]]);
    expect(chunksFor(ranges, key('센터'))).toEqual([ranges[3]![0], ranges[4]![0]]);
    expect(chunksFor(ranges, key('가나'))).toEqual([ranges[0]![0]]);
  });

  it('loads at most MAX_CHUNKS_PER_WORD for one word', () => {
    const many = Array.from({ length: 10 }, (_, i): [string, string] => [`a${i}`, `a${i}z`]);
    expect(chunksFor(many, 'a')).toHaveLength(MAX_CHUNKS_PER_WORD);
  });

  it('keys words as Pagefind does: lower case, no punctuation, decomposed Hangul', () => {
    expect(indexKey('GPT-4')).toBe('gpt4');
    expect(indexKey('센터')).toBe('센터'.normalize('NFD'));
  });
});
