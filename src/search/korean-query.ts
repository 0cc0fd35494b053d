/**
 * Korean search queries, as readers type them.
 *
 * Pagefind does not segment or stem Korean (measured with pagefind 1.6 and `forceLanguage: 'ko'`): each
 * space-separated eojeol is one indexed word, so "전력이" and "전력은" are two unrelated words. It does match
 * every query word as a prefix, though, so a bare noun already finds the noun with any particle: 전력 finds
 * 전력이, 전력은, 전력을 (and 전력망). What fails is the other direction: a query typed with a particle,
 * 전력을, only finds that exact form. So the search page also runs the query with trailing particles
 * removed, and lists its results after the literal query's.
 *
 * Removing a particle only shortens a word from the end, so the broadened query matches everything the
 * literal one did (prefix matching): it can add results, never lose one. Guards keep it from adding noise:
 * only one particle is removed, the stem keeps at least two characters (회의 stays 회의, not 회), and the
 * particle must fit the stem's last syllable the way Korean spells it (가 follows a vowel, so 전문가 and
 * 소설가 are left alone; 은/을/이/과 follow a final consonant).
 */

import { finalConsonant } from './korean-text.ts';

type After = 'consonant' | 'vowel' | 'vowel-or-rieul' | 'any';

/** Particles (and common particle pairs), longest first, with what the syllable before them must end in. */
const PARTICLES: readonly (readonly [string, After])[] = [
  ['에서는', 'any'],
  ['에서도', 'any'],
  ['에게는', 'any'],
  ['에게서', 'any'],
  ['으로는', 'consonant'],
  ['으로도', 'consonant'],
  ['으로서', 'consonant'],
  ['으로써', 'consonant'],
  ['이라는', 'consonant'],
  ['까지', 'any'],
  ['부터', 'any'],
  ['처럼', 'any'],
  ['보다', 'any'],
  ['에서', 'any'],
  ['에게', 'any'],
  ['한테', 'any'],
  ['에는', 'any'],
  ['에도', 'any'],
  ['으로', 'consonant'],
  ['로는', 'vowel-or-rieul'],
  ['로도', 'vowel-or-rieul'],
  ['로서', 'vowel-or-rieul'],
  ['로써', 'vowel-or-rieul'],
  ['라는', 'vowel'],
  ['과는', 'consonant'],
  ['와는', 'vowel'],
  ['은', 'consonant'],
  ['는', 'vowel'],
  ['이', 'consonant'],
  ['가', 'vowel'],
  ['을', 'consonant'],
  ['를', 'vowel'],
  ['과', 'consonant'],
  ['와', 'vowel'],
  ['로', 'vowel-or-rieul'],
  ['의', 'any'],
  ['에', 'any'],
  ['도', 'any'],
  ['만', 'any'],
];

const FINAL_RIEUL = 8;
const MIN_STEM_LENGTH = 2;

function fits(stemLast: string, after: After): boolean {
  const final = finalConsonant(stemLast);
  // After a Latin word or a number (AI의, GPT가) the spelling rule cannot be checked: accept.
  if (final === undefined || after === 'any') return true;
  if (after === 'consonant') return final !== 0;
  if (after === 'vowel') return final === 0;
  return final === 0 || final === FINAL_RIEUL;
}

/** The last letters particles end in: any other word has none to strip (most words, at build time). */
const PARTICLE_ENDS = new Set(PARTICLES.map(([particle]) => particle.at(-1)));

/** `word` without one trailing particle, or `word` itself when none can safely be removed. */
export function stripParticle(word: string): string {
  if (!PARTICLE_ENDS.has(word.at(-1))) return word;
  for (const [particle, after] of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    const chars = [...stem];
    const last = chars.at(-1);
    if (last === undefined || chars.length < MIN_STEM_LENGTH) continue;
    // Only words that end in Hangul carry particles; the stem itself must still end in a letter or digit.
    if (!/[\p{L}\p{N}]$/u.test(stem)) continue;
    if (fits(last, after)) return stem;
  }
  return word;
}

/**
 * The query with a particle removed from each word, or undefined when that changes nothing.
 * "전력을 아끼는" -> "전력 아끼는"; "AI의 전력" -> "AI 전력"; "전력" -> undefined.
 */
export function broadenKoreanQuery(query: string): string | undefined {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const stripped = words.map(stripParticle);
  return stripped.some((w, i) => w !== words[i]) ? stripped.join(' ') : undefined;
}
