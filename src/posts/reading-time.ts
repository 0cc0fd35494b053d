/**
 * Reading time for Korean text. Hangul is not read word by word: Korean readers average roughly 500
 * characters a minute for expository prose, so Hangul and other CJK characters are counted one by one
 * (spaces and punctuation excluded); Latin-script words in between (AI, GPT-4) count at 230 words a
 * minute. Markdown/MDX syntax, code fences and URLs are removed first so they do not inflate the figure.
 */
export const HANGUL_CHARS_PER_MINUTE = 500;
export const LATIN_WORDS_PER_MINUTE = 230;

const CJK = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/** Body text without Markdown/MDX syntax: what a reader actually reads. */
export function plainTextFromMarkdown(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter, if passed in
    .replace(/^(import|export)\s.*$/gm, '') // MDX module lines
    .replace(/```[\s\S]*?```/g, ' ') // code blocks are skimmed, not read
    .replace(/<[^>]+>/g, ' ') // HTML/JSX tags (their text content stays)
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: keep the link text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#>*_`~|\\{}-]/g, ' ');
}

export interface ReadingStats {
  /** Hangul/CJK characters. */
  cjkChars: number;
  /** Words in other scripts. */
  latinWords: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

export function readingStats(markdown: string): ReadingStats {
  const text = plainTextFromMarkdown(markdown);
  const cjkChars = text.match(CJK)?.length ?? 0;
  const latinWords = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  const minutes = Math.max(1, Math.round(cjkChars / HANGUL_CHARS_PER_MINUTE + latinWords / LATIN_WORDS_PER_MINUTE));
  return { cjkChars, latinWords, minutes };
}
