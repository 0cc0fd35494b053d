import { describe, expect, it } from 'vitest';
import { broadenKoreanQuery, stripParticle } from '../../src/search/korean-query';

describe('stripParticle', () => {
  it('removes the particle a reader types after a noun', () => {
    expect(stripParticle('전력이')).toBe('전력');
    expect(stripParticle('전력은')).toBe('전력');
    expect(stripParticle('전력을')).toBe('전력');
    expect(stripParticle('양자컴퓨터는')).toBe('양자컴퓨터');
    expect(stripParticle('양자컴퓨터를')).toBe('양자컴퓨터');
    expect(stripParticle('데이터센터에서')).toBe('데이터센터');
    expect(stripParticle('데이터센터에서는')).toBe('데이터센터');
    expect(stripParticle('서울로')).toBe('서울');
    expect(stripParticle('미래로')).toBe('미래');
    expect(stripParticle('산업으로')).toBe('산업');
  });

  it('removes particles after Latin words and numbers', () => {
    expect(stripParticle('AI의')).toBe('AI');
    expect(stripParticle('GPT가')).toBe('GPT');
    expect(stripParticle('2024년에')).toBe('2024년');
  });

  it('leaves bare nouns alone', () => {
    expect(stripParticle('전력')).toBe('전력');
    expect(stripParticle('양자컴퓨터')).toBe('양자컴퓨터');
    expect(stripParticle('AI')).toBe('AI');
  });

  it('keeps at least two characters, so short nouns ending like a particle survive', () => {
    expect(stripParticle('회의')).toBe('회의');
    expect(stripParticle('나이')).toBe('나이');
    expect(stripParticle('효과')).toBe('효과');
    expect(stripParticle('이')).toBe('이');
  });

  it('only removes a particle that fits the syllable before it', () => {
    // 가 follows a vowel; after 문 or 설 it is part of the noun.
    expect(stripParticle('전문가')).toBe('전문가');
    expect(stripParticle('소설가')).toBe('소설가');
    // 는 follows a vowel, 은 a final consonant.
    expect(stripParticle('나라는')).toBe('나라');
    expect(stripParticle('책은')).toBe('책은');
    expect(stripParticle('도서관은')).toBe('도서관');
  });

  it('tries a shorter particle when the longer one would leave too little', () => {
    expect(stripParticle('나라는')).toBe('나라'); // not 나 + 라는
  });
});

describe('broadenKoreanQuery', () => {
  it('strips each word and says when nothing changed', () => {
    expect(broadenKoreanQuery('전력을 아끼는')).toBe('전력 아끼');
    expect(broadenKoreanQuery('AI의 전력은')).toBe('AI 전력');
    expect(broadenKoreanQuery('  AI   전력 ')).toBeUndefined();
    expect(broadenKoreanQuery('')).toBeUndefined();
  });
});
