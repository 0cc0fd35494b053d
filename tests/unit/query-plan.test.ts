import { describe, expect, it } from 'vitest';
import { verbForms } from '../../src/search/korean-verbs';
import { highlightTerms, holdsEveryWord, searchPlan } from '../../src/search/query-plan';

describe('searchPlan', () => {
  it('tries two Hangul words joined first, then as typed, then without particles', () => {
    expect(searchPlan('데이터 센터')).toEqual(['데이터센터', '데이터 센터']);
    expect(searchPlan('양자컴퓨터를')).toEqual(['양자컴퓨터를', '양자컴퓨터']);
    expect(searchPlan('데이터 센터를')).toEqual(['데이터센터를', '데이터센터', '데이터 센터를', '데이터 센터']);
  });

  it('leaves Latin words, numbers and three-word queries unjoined', () => {
    expect(searchPlan('AI 전력')).toEqual(['AI 전력']);
    expect(searchPlan('Attention Is All You Need')).toEqual(['Attention Is All You Need']);
    expect(searchPlan('978-89-546-4922-3')).toEqual(['978-89-546-4922-3']);
  });

  it('adds the other shapes of a verb typed in its dictionary form', () => {
    expect(searchPlan('앞당기다')).toEqual(['앞당기다', ...verbForms('앞당기다')]);
  });
});

describe('verbForms', () => {
  it('gives the stem with the finals and contractions its endings fuse into', () => {
    expect(verbForms('앞당기다')).toEqual(['앞당기', '앞당긴', '앞당길', '앞당깁', '앞당겨', '앞당겼']);
    expect(verbForms('달라지다')).toContain('달라졌');
    expect(verbForms('들어서다')).toContain('들어섰');
    expect(verbForms('감당하다')).toEqual(expect.arrayContaining(['감당하', '감당해', '감당했', '감당한']));
    expect(verbForms('보이다')).toContain('보여');
  });

  it('takes a past form back to its stem first', () => {
    expect(verbForms('보냈다')).toContain('보낸');
    expect(verbForms('버텼다')).toEqual(verbForms('버티다'));
    expect(verbForms('감당했습니다')).toEqual(verbForms('감당하다'));
    expect(verbForms('읽었다')).toEqual(['읽']);
  });

  it('a stem ending in a consonant is its own prefix; one open syllable, nouns and Latin get nothing', () => {
    expect(verbForms('읽다')).toEqual(['읽']);
    expect(verbForms('가다')).toEqual([]);
    expect(verbForms('바다')).toEqual([]);
    expect(verbForms('전력')).toEqual([]);
    expect(verbForms('GPT다')).toEqual([]);
  });
});

describe('holdsEveryWord', () => {
  it('wants a name with its signs (C#, C++) written with them, not any word starting with its letter', () => {
    expect(holdsEveryWord('const console CONTROL-MARKER', 'C#')).toBe(false);
    expect(holdsEveryWord('C# 공부를 시작하며 tags: C#, C', 'C#')).toBe(true);
    expect(holdsEveryWord('C++ 입문', 'c++')).toBe(true);
    expect(holdsEveryWord('C# 입문', 'C++')).toBe(false);
  });

  it('is false when Pagefind dropped a word or fell back to a prefix', () => {
    expect(holdsEveryWord('수요가 늘어난 전력', '수퓌퓌')).toBe(false);
    expect(holdsEveryWord('수요가 늘어난 전력', '전력 퓌퓌')).toBe(false);
    expect(holdsEveryWord('데이터센터의 전력 kb:센터', '센터')).toBe(true);
    expect(holdsEveryWord('GPT-4급 모델', 'gpt4')).toBe(true);
  });
});

describe('highlightTerms', () => {
  it('lists the words of the searches that found something, longest first', () => {
    expect(highlightTerms(['데이터센터', '데이터 센터'])).toEqual(['데이터센터', '데이터', '센터']);
    expect(highlightTerms(['GPT-4'])).toEqual(['gpt4']);
  });
});
