import { describe, expect, it } from 'vitest';
import { buildExcerpt, markText, matchInWord } from '../../src/search/excerpt';

/** Parts as a string, marks in brackets. */
const show = (parts: { text: string; marked: boolean }[]) =>
  parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('matchInWord', () => {
  it('marks only the matched letters: not the particle, not the punctuation', () => {
    expect(matchInWord('전력이고,', '전력')).toEqual([0, 2]);
    expect(matchInWord('“데이터센터의', '센터')).toEqual([4, 6]);
  });

  it('matches Latin words and numbers at the start of a run of letters only', () => {
    expect(matchInWord('GPT-4급', 'gpt4')).toEqual([0, 5]);
    expect(matchInWord('2030년대에는', '2030')).toEqual([0, 4]);
    expect(matchInWord('978-89-546-4922-3', '4922')).toEqual([11, 15]);
    expect(matchInWord('chatgpt', 'gpt')).toBeUndefined();
    expect(matchInWord('Jensen', 'jensen')).toEqual([0, 6]);
  });
});

describe('markText', () => {
  it('marks a compound typed joined across the space where the text splits it', () => {
    expect(show(markText('데이터 센터를 운영하는 사람들', ['데이터센터']))).toBe('[데이터] [센터]를 운영하는 사람들');
    expect(show(markText('AI 시대의 전력망', ['전력']))).toBe('AI 시대의 [전력]망');
  });
});

describe('buildExcerpt', () => {
  const content =
    'AI 시대의 전력망을 다룬 책입니다. 들어가며. 데이터센터의 전력이 부족해지면 어떤 일이 생길까요. ' +
    '이 책은 전력이 곧 경쟁력이라고 말합니다. 냉각. 냉각에도 전력이 듭니다. 맺으며. 좋은 책이었습니다.';
  const anchors = [
    { element: 'h2', id: '들어가며', text: '들어가며', location: 5 },
    { element: 'h3', id: '냉각', text: '냉각', location: 18 },
    { element: 'h2', id: '맺으며', text: '맺으며', location: 22 },
  ];

  it('starts at the sentence of the densest run of matches and names its section', () => {
    const excerpt = buildExcerpt(content, anchors, ['경쟁력'], 8);
    expect(show(excerpt.parts)).toBe('… 이 책은 전력이 곧 [경쟁력]이라고 말합니다.');
    expect(excerpt.section).toEqual({ id: '들어가며', text: '들어가며' });
  });

  it('never runs a heading into the text with the period Pagefind adds, nor puts "…" where a section ends', () => {
    // 냉각 is a heading and in the paragraph under it; 맺으며 follows that paragraph.
    const excerpt = buildExcerpt(content, anchors, ['냉각'], 8);
    expect(show(excerpt.parts)).toBe('[냉각]에도 전력이 듭니다.');
    expect(excerpt.section).toEqual({ id: '냉각', text: '냉각' });
    // A match in a heading alone shows the text the heading opens.
    expect(show(buildExcerpt(content, anchors, ['맺으며'], 8).parts)).toBe('좋은 책이었습니다.');
  });

  it('opens at the start of the text when the match is there, with no section before the first heading', () => {
    const excerpt = buildExcerpt(content, anchors, ['전력'], 6);
    expect(show(excerpt.parts)).toBe('AI 시대의 [전력]망을 다룬 책입니다.');
    expect(excerpt.section).toBeUndefined();
  });

  it('without a match in the text (a title or tag match), shows its beginning', () => {
    const excerpt = buildExcerpt(content, anchors, ['퓌퓌'], 4);
    expect(show(excerpt.parts)).toBe('AI 시대의 전력망을 다룬 …');
    expect(excerpt.section).toBeUndefined();
  });
});
