/**
 * The few facts about Korean text that both sides of search need: the index (korean-tokens.ts, at build
 * time) and the search page (korean-query.ts, excerpt.ts, in the browser). Nothing here imports
 * anything, so the browser bundle stays small.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** A syllable block is (lead × 21 + vowel) × 28 + final; final 0 is "no final consonant". */
const FINALS = 28;

/** A precomposed Hangul syllable (가–힣), which is what Korean text and queries are made of in NFC. */
export function isHangulSyllable(char: string | undefined): boolean {
  const code = char?.codePointAt(0) ?? 0;
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

export const hasHangul = (text: string): boolean => /[\uac00-\ud7a3]/.test(text);

/** Index of the final consonant of a syllable (0 = none, 8 = ㄹ), or undefined for any other character. */
export function finalConsonant(char: string): number | undefined {
  if (!isHangulSyllable(char)) return undefined;
  return ((char.codePointAt(0) ?? 0) - SYLLABLE_FIRST) % FINALS;
}

/** Index of the vowel of a syllable (0 = ㅏ … 20 = ㅣ), or undefined for any other character. */
export function vowel(char: string): number | undefined {
  if (!isHangulSyllable(char)) return undefined;
  return Math.floor((((char.codePointAt(0) ?? 0) - SYLLABLE_FIRST) % (21 * FINALS)) / FINALS);
}

/** The syllable with another vowel and final consonant (finals as in finalConsonant). */
export function withVowelAndFinal(char: string, newVowel: number, final: number): string {
  const code = (char.codePointAt(0) ?? 0) - SYLLABLE_FIRST;
  const lead = Math.floor(code / (21 * FINALS));
  return String.fromCodePoint(SYLLABLE_FIRST + (lead * 21 + newVowel) * FINALS + final);
}

/**
 * The runs of letters and digits in a word, lower-cased, as search compares words: "GPT-4급" → gpt, 4급;
 * "수요·전력망" → 수요, 전력망. Pagefind splits words only at ASCII punctuation, so · “ ” and the like
 * stay inside its words; comparing runs treats every punctuation mark alike.
 */
export function letterRuns(word: string): string[] {
  return (
    word
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A word's letters and digits only, lower-cased: how Pagefind normalises a query word ("GPT-4" → gpt4). */
export const squashWord = (word: string): string => letterRuns(word).join('');
