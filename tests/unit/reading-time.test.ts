import { describe, expect, it } from 'vitest';
import {
  HANGUL_CHARS_PER_MINUTE,
  LATIN_WORDS_PER_MINUTE,
  plainTextFromMarkdown,
  readingStats,
} from '../../src/posts/reading-time';
import { readFirstPost } from '../support/first-post';

const hangul = (n: number) => '가나다라마바사아자차'.repeat(Math.ceil(n / 10)).slice(0, n);

describe('readingStats', () => {
  it('gives the real first post a figure a reader would believe (4–6 minutes)', () => {
    const stats = readingStats(readFirstPost().body);
    expect(stats.minutes).toBeGreaterThanOrEqual(4);
    expect(stats.minutes).toBeLessThanOrEqual(6);
    // Mostly Hangul, with some English terms in between (AI, GPT, MIT ...).
    expect(stats.cjkChars).toBeGreaterThan(1500);
    expect(stats.latinWords).toBeGreaterThan(5);
  });

  it(`counts Hangul by character at ${HANGUL_CHARS_PER_MINUTE} a minute: 1,000 characters take 2 minutes`, () => {
    expect(readingStats(hangul(1000))).toEqual({ cjkChars: 1000, latinWords: 0, minutes: 2 });
  });

  it('does not count spaces and punctuation between Hangul', () => {
    expect(readingStats('안녕하세요, 세계! 반갑습니다.').cjkChars).toBe(12);
  });

  it(`counts Latin-script words separately at ${LATIN_WORDS_PER_MINUTE} a minute`, () => {
    const words = Array.from({ length: LATIN_WORDS_PER_MINUTE * 3 }, () => 'energy').join(' ');
    expect(readingStats(words)).toEqual({ cjkChars: 0, latinWords: LATIN_WORDS_PER_MINUTE * 3, minutes: 3 });
  });

  it('adds Hangul and Latin time together', () => {
    const words = Array.from({ length: LATIN_WORDS_PER_MINUTE }, () => 'AI').join(' ');
    expect(readingStats(`${hangul(1000)} ${words}`).minutes).toBe(3);
  });

  it('is at least one minute, even for an empty post', () => {
    expect(readingStats('').minutes).toBe(1);
    expect(readingStats('짧은 글').minutes).toBe(1);
  });

  it('leaves code blocks out: they are skimmed, not read', () => {
    const code = '```ts\n' + `// ${hangul(3000)}\nconst x = 1;\n`.repeat(3) + '```';
    const prose = hangul(1000);
    expect(readingStats(`${prose}\n\n${code}\n`)).toEqual(readingStats(prose));
  });

  it('leaves MDX imports and exports out', () => {
    const mdx = "import Figure from '../../components/Figure.astro';\nexport const meta = { a: 1 };\n\n본문입니다.";
    expect(readingStats(mdx)).toEqual({ cjkChars: 5, latinWords: 0, minutes: 1 });
  });

  it('leaves bare URLs and link targets out but keeps link text', () => {
    const stats = readingStats(
      '원문은 https://www.technologyreview.com/2024/11/03/energy-issue 에서, [기사 원문](https://example.com/a/b/c) 참고.',
    );
    expect(stats.latinWords).toBe(0);
    expect(stats.cjkChars).toBe('원문은에서기사원문참고'.length);
  });

  it('leaves out images and a frontmatter block passed in with the body', () => {
    const md = "---\ntitle: '아주 긴 제목 아주 긴 제목'\n---\n![표지 설명](./cover.jpg)\n본문";
    expect(readingStats(md).cjkChars).toBe(2);
  });
});

describe('plainTextFromMarkdown', () => {
  it('keeps the text inside HTML/JSX tags', () => {
    expect(plainTextFromMarkdown('<Callout type="note">중요한 내용</Callout>')).toContain('중요한 내용');
    expect(plainTextFromMarkdown('<Callout type="note">중요한 내용</Callout>')).not.toContain('Callout');
  });
});
