import { describe, expect, it } from 'vitest';
import { blockTokens, searchTokens, suffixes, textTokens } from '../../src/search/korean-tokens';

describe('suffixes', () => {
  it('gives every tail of two syllables or more that starts at a syllable', () => {
    expect(suffixes('데이터센터')).toEqual(['이터센터', '터센터', '센터']);
    expect(suffixes('전력')).toEqual([]);
    expect(suffixes('2030년대')).toEqual(['년대']);
  });

  it('gives none for verb and adjective forms, whose tails (습니다) nobody searches', () => {
    expect(suffixes('읽었습니다')).toEqual([]);
    expect(suffixes('어렵지만')).toEqual([]);
  });
});

describe('blockTokens', () => {
  it('cuts suffixes from the word without its particle', () => {
    expect(blockTokens(['데이터센터를'])).toEqual(['이터센터', '터센터', '센터']);
    expect(blockTokens(['차이나쇼크를'])).toEqual(['이나쇼크', '나쇼크', '쇼크']);
  });

  it('keeps the last noun of a compound whose final syllable could be a particle (연구결과 → 결과)', () => {
    for (const [word, noun] of [
      ['연구결과', '결과'],
      ['정상회의', '회의'],
      ['전송속도', '속도'],
      ['문장길이', '길이'],
      ['에너지밀도', '밀도'],
      ['여름휴가', '휴가'],
    ]) {
      expect(blockTokens([word as string]), word).toContain(noun);
    }
    // With a particle of its own the stem's tails find it as before.
    expect(blockTokens(['연구결과를'])).toContain('결과');
    // In a short word the syllable is a particle: no tail (력이) for every 전력이 of the page.
    expect(blockTokens(['전력이'])).toEqual([]);
    expect(blockTokens(['동향이'])).toEqual([]);
  });

  it('joins a compound written with a space, the second half without its particle', () => {
    expect(blockTokens(['데이터', '센터를'])).toContain('데이터센터');
    expect(blockTokens(['양자', '컴퓨터가'])).toContain('양자컴퓨터');
    expect(blockTokens(['에너지', '전환'])).toContain('에너지전환');
    expect(blockTokens(['수요', '반응', '신호가'])).toEqual(expect.arrayContaining(['수요반응', '반응신호']));
    // Second halves ending as many nouns do (시간, 사진, 원인), and a Latin first half.
    expect(blockTokens(['노동', '시간'])).toContain('노동시간');
    expect(blockTokens(['여행', '사진을'])).toContain('여행사진');
    expect(blockTokens(['발생', '원인'])).toContain('발생원인');
    expect(blockTokens(['AI', '반도체'])).toContain('ai반도체');
    expect(blockTokens(['5G', '통신망'])).toContain('5g통신망');
  });

  it('makes no pair after a particle, a verb form, a long or one-syllable word, or punctuation', () => {
    for (const words of [
      ['데이터의', '센터'],
      ['올라갈', '수'],
      ['다룬', '책'],
      ['하이퍼스케일', '데이터센터'],
      ['그', '규모'],
      ['전력이고,', '전력이'],
      ['센터', '찾습니다'],
      ['전력', '쓰는'],
      ['Netflix', '드라마'],
      ['읽히지', '않았습니다'],
    ]) {
      expect(blockTokens(words).filter((t) => t === words.join('').replace(/[^\p{L}]/gu, ''))).toEqual([]);
      expect(
        blockTokens(words).some((t) => t.startsWith(words[0] as string) && t.length > (words[0] as string).length),
      ).toBe(false);
    }
  });

  it('splits a word at non-ASCII punctuation, which Pagefind keeps inside words', () => {
    expect(blockTokens(['수요·전력망'])).toEqual(expect.arrayContaining(['수요', '전력망']));
    expect(blockTokens(['GPT-4급'])).toEqual([]);
  });

  it('reads a title or a list of names', () => {
    expect(textTokens('계산하는 기계들')).toContain('계들');
    expect(textTokens('Ashish Vaswani, Noam Shazeer')).toEqual([]);
  });
});

describe('searchTokens', () => {
  it('keeps each token once, drops tokens that prefix another token or a word of the page', () => {
    expect(searchTokens(['센터', '센터', '센터장', '이터센터'])).toEqual(['센터장', '이터센터']);
    expect(searchTokens(['센터', '쇼크'], new Set(['센터는']))).toEqual(['쇼크']);
  });
});
