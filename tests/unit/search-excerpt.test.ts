import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/search/excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and marked text', () => {
    expect(excerptParts('데이터센터의 <mark>전력이</mark> 부족해지면')).toEqual([
      { text: '데이터센터의 ', marked: false },
      { text: '전력이', marked: true },
      { text: ' 부족해지면', marked: false },
    ]);
  });

  it('decodes entities and never lets other markup through', () => {
    expect(excerptParts('&lt;script&gt; <mark>A&amp;B</mark> <b>x</b>')).toEqual([
      { text: '<script> ', marked: false },
      { text: 'A&B', marked: true },
      { text: ' x', marked: false },
    ]);
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities, keeps unknown ones', () => {
    expect(decodeEntities('&quot;a&#39;b&#x27;&nbsp;&unknown;')).toBe("\"a'b'\u00a0&unknown;");
  });
});
