import { describe, expect, it } from 'vitest';
import { nameSlug, slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('keeps Hangul as written', () => {
    expect(slugify('양자컴퓨팅')).toBe('양자컴퓨팅');
  });

  it('gives an NFD name (typed on macOS) the same slug as its NFC twin', () => {
    const nfc = '에너지 전환';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('에너지-전환');
  });

  it('folds case, so "AI" and "ai" share a page', () => {
    expect(slugify('AI')).toBe('ai');
    expect(slugify('GPT-4 Turbo')).toBe('gpt-4-turbo');
  });

  it('collapses runs of spaces and punctuation into one hyphen and trims the ends', () => {
    expect(slugify('  AI · 에너지 / 전력!! ')).toBe('ai-에너지-전력');
    expect(slugify('C++ & Rust')).toBe('c-rust');
  });

  it('keeps digits and other scripts', () => {
    expect(slugify('2024년 11월호')).toBe('2024년-11월호');
    expect(slugify('日本語 Café')).toBe('日本語-café');
  });

  it('gives an empty slug for a name with no letters or digits', () => {
    expect(slugify('!!! ---')).toBe('');
  });
});

describe('nameSlug (tags, series, creators)', () => {
  it('joins Hangul words however they are spaced: one tag for 데이터 센터 and 데이터센터; Latin words keep the hyphen', () => {
    expect(nameSlug('데이터 센터')).toBe(nameSlug('데이터센터'));
    expect(nameSlug('에너지 전환 읽기')).toBe('에너지전환읽기');
    // Signs still part words: only the space is the spacing a reader does not see as a difference.
    expect(nameSlug('에너지·전환')).toBe('에너지-전환');
    expect(nameSlug('가-나')).not.toBe(nameSlug('가나'));
    expect(nameSlug('Machine Learning')).toBe('machine-learning');
    expect(nameSlug('AI 반도체')).toBe('ai-반도체');
    expect(nameSlug('C++ 공부')).toBe('c-plus-plus-공부');
  });

  it('drops format characters (a pasted zero-width space, a direction mark) instead of breaking the word', () => {
    expect(['에너\u200B지', 'A\u200BI', '\u200E데이터\u200C센터'].map(nameSlug)).toEqual([
      '에너지',
      'ai',
      '데이터센터',
    ]);
  });

  it('keeps names apart that differ only in + or #', () => {
    expect(['C++', 'C#', 'C', 'F#', 'Notepad++'].map(nameSlug)).toEqual([
      'c-plus-plus',
      'c-sharp',
      'c',
      'f-sharp',
      'notepad-plus-plus',
    ]);
    expect(nameSlug('C++ 공부')).not.toBe(nameSlug('C# 공부'));
  });

  it('keeps 100% apart from 100', () => {
    expect(['100%', '100', '50%할인', '１００％'].map(nameSlug)).toEqual([
      '100-percent',
      '100',
      '50-percent-할인',
      '100-percent',
    ]);
    expect(nameSlug('%')).toBe('');
    expect(nameSlug('50 %')).toBe('50-percent');
    expect(nameSlug('AI 50')).toBe('ai-50');
  });

  it('treats a sign that does not follow a letter as punctuation, as before', () => {
    expect(nameSlug('#해시태그')).toBe('해시태그');
    expect(nameSlug('+1')).toBe('1');
  });

  it('folds full-width and other compatibility forms, but keeps Hangul jamo as typed', () => {
    expect(nameSlug('ＡＩ')).toBe(nameSlug('AI'));
    expect(nameSlug('２０２４년')).toBe('2024년');
    expect(nameSlug('ㅋㅋ')).toBe('ㅋㅋ');
  });

  it('gives every name without these signs or spaced Hangul the slug it always had', () => {
    for (const name of ['AI', '전력', '에너지', '양자컴퓨팅', '매거진', 'GPT-4 Turbo', 'AI 시대', '2024 독서']) {
      expect(nameSlug(name), name).toBe(slugify(name));
    }
  });
});
