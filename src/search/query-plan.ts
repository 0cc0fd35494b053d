/**
 * What the search page asks Pagefind for a query, and what it marks in the results.
 *
 * The searches run most specific first, and their results are listed in that order, each post once:
 *   1. two Hangul words typed apart, joined (데이터 센터 → 데이터센터), as typed and without particles:
 *      the index has every compound both ways (korean-tokens.ts pairs the spaced text), so this finds
 *      both spellings, and only posts where the two words stand together;
 *   2. the query as typed (several words: each must match, as a prefix, anywhere in the post);
 *   3. the same without particles (전력을 → 전력; korean-query.ts);
 *   4. a verb typed in its dictionary form, in the other shapes of its stem (korean-verbs.ts).
 */
import { broadenKoreanQuery, stripParticle } from './korean-query.ts';
import { hasHangul, squashWord } from './korean-text.ts';
import { verbForms } from './korean-verbs.ts';

export function searchPlan(raw: string): string[] {
  const words = raw.trim().split(/\s+/).filter(Boolean);
  const plan: string[] = [];
  const add = (query: string) => {
    if (query && !plan.includes(query)) plan.push(query);
  };
  const joinable = (list: string[]) => list.length === 2 && list.every(hasHangul);
  const stripped = words.map(stripParticle);
  if (joinable(words)) add(words.join(''));
  if (joinable(stripped)) add(stripped.join(''));
  add(words.join(' '));
  add(broadenKoreanQuery(words.join(' ')) ?? '');
  stripped.forEach((word, i) => {
    for (const form of verbForms(word)) add(stripped.map((w, k) => (k === i ? form : w)).join(' '));
  });
  return plan;
}

/** The words of `searches` as the results are marked: letters and digits, lower case, longest first. */
export function highlightTerms(searches: readonly string[]): string[] {
  const terms = new Set(searches.flatMap((query) => query.split(' ').map(squashWord)).filter(Boolean));
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * Whether a result really holds every word of the search that found it. Pagefind loosens a search
 * silently: a query word that matches nothing is dropped when the others match; a word with no indexed
 * extension falls back to the longest indexed prefix (수퓌퓌 finds pages through 수); and in metadata a
 * field whose word is a prefix of the query word counts (에너지전환 finds a post tagged 에너지).
 * `text`: the result's content and metadata (the search tokens are there). Each word of the text is
 * compared with its letters and digits only (GPT-4급 → gpt4급), never joined to the next word.
 */
export function holdsEveryWord(text: string, search: string): boolean {
  const hay = ` ${text.split(/\s+/).map(squashWord).join(' ')}`;
  const lower = text.toLowerCase();
  return search.split(' ').every((word) => {
    const squashed = squashWord(word);
    // A name whose signs make it (C#, C++, F#): Pagefind drops them and finds every word starting
    // with "c" (const, console). The text must hold the name with its signs.
    if (NAME_WITH_SIGNS.test(word)) return lower.includes(word.toLowerCase());
    return !squashed || hay.includes(squashed);
  });
}

/** A short Latin name ending in # or + signs: C#, C++, F#, Notepad++. */
const NAME_WITH_SIGNS = /^[a-z][a-z0-9]*(#|\+\+?)$/i;
