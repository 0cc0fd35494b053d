import { describe, expect, it } from 'vitest';
import {
  codePointName,
  escapeHtmlText,
  escapeXml,
  stripXmlInvalid,
  stripXmlInvalidDeep,
  xmlInvalidCharacters,
  xmlInvalidCharactersDeep,
} from '../../src/lib/xml';

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });

  it('escapes an existing entity again, since the input is text, not markup', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('leaves Hangul and other text alone', () => {
    expect(escapeXml('김민제의 블로그 — AI·에너지')).toBe('김민제의 블로그 — AI·에너지');
  });
});

describe('escapeHtmlText', () => {
  it('turns markup characters into text for a place read as HTML, leaving quotes alone', () => {
    expect(escapeHtmlText(`<script>alert(1)</script> "a" & 'b' ]]>`)).toBe(
      `&lt;script&gt;alert(1)&lt;/script&gt; "a" &amp; 'b' ]]&gt;`,
    );
    expect(escapeHtmlText('AI·에너지 호를 읽고')).toBe('AI·에너지 호를 읽고');
  });
});

describe('characters no feed or page may carry', () => {
  const bad = [
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\u000C',
    '\u001F',
    '\u007F',
    '\u0085',
    '\uFFFE',
    '\uFFFF',
    '\uDFFF', // a low surrogate first: a high one before a low one would make a valid pair
    '\uD800',
    '\uFDD0',
    '\u{1FFFE}',
    '\u{10FFFF}',
  ];
  const fine = ['\t', '\n', '\r', ' ', '가', '😀', '\u00A0', '\uFFFD', '\u{10000}'];

  it('finds each forbidden character, and none of the allowed ones', () => {
    expect(xmlInvalidCharacters(bad.join('')).map(({ char }) => codePointName(char))).toEqual(
      bad.map((c) => codePointName(c)),
    );
    expect(xmlInvalidCharacters(fine.join(''))).toEqual([]);
  });

  it('removes them and keeps everything else, surrogate pairs included', () => {
    expect(stripXmlInvalid(`a${bad.join('')}b${fine.join('')}c`)).toBe(`ab${fine.join('')}c`);
    expect(stripXmlInvalid('전력\u0007이')).toBe('전력이');
    // Called twice in a row on different strings (a global regex must not keep its position).
    expect([stripXmlInvalid('x\u0001'), stripXmlInvalid('y\u0001')]).toEqual(['x', 'y']);
  });

  it('finds and removes them in frontmatter-shaped data, naming the field', () => {
    const data = { title: '제목\u0007', tags: ['a', 'b\u0001'], subject: { title: '책' }, rating: 4 };
    expect(xmlInvalidCharactersDeep(data).map(({ path }) => path)).toEqual(['title', 'tags.1']);
    expect(stripXmlInvalidDeep(data)).toEqual({ title: '제목', tags: ['a', 'b'], subject: { title: '책' }, rating: 4 });
  });

  it('names a character as an editor shows it', () => {
    expect(codePointName('\u0007')).toBe('U+0007');
    expect(codePointName('\u{10FFFF}')).toBe('U+10FFFF');
  });
});
