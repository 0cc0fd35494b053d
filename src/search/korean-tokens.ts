/**
 * Extra search tokens for Korean text, made at build time (page-record.ts puts them in metadata fields
 * that Pagefind searches but the search page never shows).
 *
 * Pagefind matches each query word as the prefix of an indexed word and splits text only at spaces (and
 * ASCII punctuation), so a Korean word is found only by its beginning: 데이터센터의 by 데이터, never by
 * 센터. Korean writes compounds both joined and spaced, so that misses much of what readers type. No
 * morphological analyser installs from npm with its dictionary and runs offline, so this cuts words by
 * rule, specific to how Hangul behaves:
 *
 * - suffixes: every tail of a word (without its particle) that starts at a syllable and keeps two or
 *   more syllables: 데이터센터의 → 이터센터, 터센터, 센터. With prefix matching, a word plus its suffixes
 *   match any part that starts at a syllable: 센터, 센터의 (particles are stripped from the query too).
 *   A syllable taken for a particle may end a noun (연구결과, 정상회의, 전송속도, 문장길이): the stem's
 *   last syllable with it is a tail too (결과, 회의, 속도, 길이), which the stem's tails alone missed.
 * - pairs: two adjacent words joined, so a compound typed without its space finds the spaced text:
 *   "데이터 센터를" → 데이터센터, "AI 반도체" → AI반도체. Only when the first word looks like the first half
 *   of a compound (at most four letters, no particle, no verb-like ending: "다룬 책" makes no pair), the
 *   second has two or more syllables ("올라갈 수" makes none) and no verb-like ending ("전력 쓰는"), and
 *   nothing but a space separates them ("전력이고, 전력이" neither).
 * - runs: a word with non-ASCII punctuation inside also gives its letter runs (수요·전력망 → 수요,
 *   전력망), which Pagefind would keep glued.
 *
 * Everything is linear in the length of the text. This file is part of the index cache key
 * (index-cache.ts): an index made by other rules is never reused.
 */
import { stripParticle } from './korean-query.ts';
import { hasHangul, isHangulSyllable, letterRuns } from './korean-text.ts';

/** Longer runs (rare: URLs, chemical names) only give suffixes of their last part. */
const MAX_SUFFIX_SOURCE = 12;
const PAIR_FIRST = { min: 2, max: 4 };
/**
 * Last syllables that mostly end a verb, an adjective or an adnominal form rather than a noun. Not 지:
 * it ends 에너지 and 잡지, and a verb form in -지 is followed by 않다 or 못하다, which end in 다.
 */
const PREDICATE_END = /[다고며면서게한할된될던운는은을인린른난간진친해돼여어아하되]$/;
/**
 * Endings found only on verb and adjective forms (읽었습니다, 어렵지만, 먹는가). Their tails (습니다,
 * 니다) are nothing a reader looks for, and such words are on every page: no suffixes for them. Nouns
 * end in many of PREDICATE_END's syllables (시간, 사진, 수요), so that list is only used for pairs.
 */
/**
 * The second half's test is narrower: nouns end in 간, 진, 인, 해, 어 (시간, 사진, 원인, 이해, 언어), and
 * "노동 시간" must pair. Only endings a noun rarely has stop it.
 */
const SECOND_HALF_PREDICATE_END = /[다고며면서게할될던는을된른린]$/;
/** One-syllable particles that are also the last syllable of common nouns (결과, 회의, 속도, 길이, 휴가, 경로). */
const NOUN_FINAL_PARTICLES = new Set(['과', '의', '도', '이', '가', '로', '와']);
/**
 * Only in words of four syllables or more, compounds such as 연구결과: in shorter ones (전력이, 동향이) the
 * particle is nearly always one, and a tail per such word (력이, 향이) grew the index by a third.
 */
const NOUN_FINAL_MIN = 4;
const VERB_FORM_END =
  /(다|다고|라고|는지|었지|았지|니까|는데|지만|면서|도록|는가|나요|어요|아요|해요|지요|어서|아서|해서|해야|려고|으며|된|될|던|했|였)$/;
const ASCII_OR_LETTER = /^[\p{L}\p{N}\x20-\x7e]*$/u;

/** Tails of `run` that start at a Hangul syllable after the first and keep at least two characters. */
export function suffixes(run: string): string[] {
  if (VERB_FORM_END.test(run)) return [];
  const chars = [...run].slice(-MAX_SUFFIX_SOURCE);
  const out: string[] = [];
  for (let i = 1; i <= chars.length - 2; i++) if (isHangulSyllable(chars[i])) out.push(chars.slice(i).join(''));
  return out;
}

/** Whether `run` (whose particle-free form is `stem`) can be the first half of a compound (see above). */
function firstHalf(run: string, stem = stripParticle(run)): boolean {
  const chars = [...run];
  return (
    chars.length >= PAIR_FIRST.min &&
    chars.length <= PAIR_FIRST.max &&
    // A Hangul word, or a short Latin or numeric one before a Hangul second half (AI 반도체, 5G 통신).
    (isHangulSyllable(chars.at(-1)) || /^[A-Za-z0-9]+$/.test(run)) &&
    stem === run &&
    !PREDICATE_END.test(run)
  );
}

/** The second half of a compound made of `run` (its particle removed), or undefined if it cannot be one. */
function secondHalf(run: string, stem = stripParticle(run)): string | undefined {
  // Two syllables or more: "올라갈 수", "읽은 뒤", "할 때" are no compounds, and on every page.
  if ([...stem].length < 2 || !isHangulSyllable([...stem][0])) return undefined;
  return VERB_FORM_END.test(run) || SECOND_HALF_PREDICATE_END.test(stem) ? undefined : stem;
}

/** 결과 for 연구결과, whose 과 was taken for a particle (see above); undefined for any other word. */
function nounFinalTail(run: string | undefined, stem: string | undefined): string | undefined {
  if (run === undefined || stem === undefined || stem === run) return undefined;
  const chars = [...run];
  const pair = chars.slice(-2);
  if (chars.length < NOUN_FINAL_MIN || chars.length - [...stem].length !== 1) return undefined;
  if (!NOUN_FINAL_PARTICLES.has(pair[1] as string)) return undefined;
  return pair.every(isHangulSyllable) ? pair.join('') : undefined;
}

const endsInLetter = (word: string) => /[\p{L}\p{N}]$/u.test(word);
const startsWithLetter = (word: string) => /^[\p{L}\p{N}]/u.test(word);

/**
 * Tokens for the words of one block of text (a paragraph, a heading, a list item): words in their
 * order, so that adjacent words can pair. Duplicates are left in; searchTokens removes them. `runsOf`
 * may remember letterRuns across blocks (a page repeats its words).
 */
export function blockTokens(words: readonly string[], runsOf: (word: string) => string[] = letterRuns): string[] {
  const out: string[] = [];
  // Each word's runs and the stem of its last run, worked out once: a word is looked at as itself, as
  // the first half of a pair and as the second.
  const parsed = words.map((word) => {
    const runs = runsOf(word);
    const last = runs.at(-1);
    return { word, runs, stem: last === undefined ? undefined : stripParticle(last) };
  });
  parsed.forEach(({ word, runs, stem }, i) => {
    if (runs.length > 1 && !ASCII_OR_LETTER.test(word)) out.push(...runs);
    runs.forEach((run, k) => {
      // Only the last run can carry a particle (데이터센터의); 수요·전력망 keeps 수요 whole.
      if (hasHangul(run)) out.push(...suffixes(k === runs.length - 1 ? (stem as string) : run));
    });
    const tail = nounFinalTail(runs.at(-1), stem);
    if (tail) out.push(tail);
    const next = parsed[i + 1];
    const last = runs.at(-1);
    if (!next || !last || !endsInLetter(word) || !startsWithLetter(next.word) || !firstHalf(last, stem)) return;
    const half = next.runs.length
      ? secondHalf(next.runs[0] as string, next.runs.length === 1 ? next.stem : undefined)
      : undefined;
    if (half) out.push(last + half);
  });
  return out;
}

/** Tokens of a short text given as one string (a title, a work's title, names): split at spaces and commas. */
export function textTokens(text: string): string[] {
  return blockTokens(text.split(/[\s,]+/).filter(Boolean));
}

/**
 * The tokens worth indexing: lower-case, each once, and none that the page already matches another way.
 * A token that is a prefix of another token, or of one of the page's own words, adds no match (every
 * query that finds it finds the longer word too), so it is dropped. Sorting makes this one pass.
 */
export function searchTokens(tokens: readonly string[], pageWords: ReadonlySet<string> = new Set()): string[] {
  const words = [...pageWords].sort();
  const sorted = [...new Set(tokens)].sort();
  const kept: string[] = [];
  let w = 0;
  for (let i = 0; i < sorted.length; i++) {
    const token = sorted[i] as string;
    const next = sorted[i + 1];
    if (next?.startsWith(token)) continue;
    // The page words that sort at or after the token: the first of them starts with it, if any does.
    while (w < words.length && (words[w] as string) < token) w++;
    if (words[w]?.startsWith(token)) continue;
    kept.push(token);
  }
  return kept;
}
