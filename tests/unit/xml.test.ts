import { describe, expect, it } from 'vitest';
import { escapeHtmlText, escapeXml } from '../../src/lib/xml';

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
