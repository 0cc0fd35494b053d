/**
 * Verbs and adjectives as readers type them (the dictionary form, 앞당기다) against the text, which has
 * them in other endings (앞당길, 앞당겨, 앞당겼다). Pagefind matches query words as prefixes at the
 * level of whole syllables (exactDiacritics: without it, 수요 would also find 수용), so a query needs the
 * stem's last syllable in each shape Korean gives it:
 *
 *   the stem itself      앞당기 → 앞당기고, 앞당기는, 앞당기지
 *   + ㄴ, ㄹ, ㅂ         앞당긴, 앞당길, 앞당깁니다   (adnominal, future, formal endings fuse into the syllable)
 *   contracted + 어/았   앞당겨, 앞당겼다            (ㅣ+ㅓ → ㅕ, ㅗ+ㅏ → ㅘ, ㅜ+ㅓ → ㅝ, ㅡ+ㅓ → ㅓ, 하 → 해)
 *
 * A stem whose last syllable has a final consonant (읽다 → 읽) is enough on its own: every ending
 * follows it. One-syllable open stems (가다, 보다, 쓰다) are left alone: 가 or 보 as a prefix would find
 * half the text. Irregular verbs (듣다 → 들어, 돕다 → 도와) are not covered.
 */
import { finalConsonant, isHangulSyllable, vowel, withVowelAndFinal } from './korean-text.ts';

const FINAL = { none: 0, nieun: 4, rieul: 8, bieup: 17, ssangsiot: 20 } as const;
/** The vowel a stem's last vowel becomes when 어/아 fuses with it (vowel indexes as in korean-text.ts). */
const CONTRACTED: Record<number, number> = { 20: 6, 8: 9, 13: 14, 18: 4, 11: 10, 0: 0, 4: 4, 1: 1, 5: 5, 6: 6 };
const ENDINGS = ['습니다', '다'];
/** A contracted past syllable's vowel (ㅕ, ㅘ, ㅝ, ㅐ, ㅙ) back to the stem's (ㅣ, ㅗ, ㅜ, ㅐ, ㅚ): 졌 → 지. */
const UNCONTRACTED: Record<number, number> = { 6: 20, 9: 8, 14: 13, 1: 1, 10: 11 };

/**
 * The stem of a past form (읽었 → 읽, 보냈 → 보내, 달라졌 → 달라지, 감당했 → 감당하), or the stem itself.
 * 었/았/였 as a syllable of their own go; a syllable that fused with them gets its own vowel back.
 */
function presentStem(stem: string[]): string[] {
  const last = stem.at(-1) ?? '';
  if (stem.length < 2 || finalConsonant(last) !== FINAL.ssangsiot) return stem;
  if (['었', '았', '였'].includes(last)) return stem.slice(0, -1);
  if (last === '했') return [...stem.slice(0, -1), '하'];
  const v = UNCONTRACTED[vowel(last) ?? -1];
  return v === undefined ? stem : [...stem.slice(0, -1), withVowelAndFinal(last, v, FINAL.none)];
}

/**
 * Other shapes of a verb or adjective typed in its dictionary form (or a past one: 보냈다, 읽었습니다),
 * or [] for any other word.
 */
export function verbForms(word: string): string[] {
  const chars = [...word];
  if (chars.length < 2 || !chars.every(isHangulSyllable)) return [];
  const ending = ENDINGS.find((e) => word.endsWith(e));
  if (!ending) return [];
  const stem = presentStem([...word.slice(0, -ending.length)]);
  const last = stem.at(-1);
  if (last === undefined) return [];
  if (finalConsonant(last) !== FINAL.none) return [stem.join('')];
  if (stem.length < 2) return [];
  const head = stem.slice(0, -1).join('');
  const v = vowel(last) ?? -1;
  const forms = [last, ...[FINAL.nieun, FINAL.rieul, FINAL.bieup].map((f) => withVowelAndFinal(last, v, f))];
  const contracted = last === '하' ? 1 : CONTRACTED[v];
  if (contracted !== undefined) {
    forms.push(withVowelAndFinal(last, contracted, FINAL.none), withVowelAndFinal(last, contracted, FINAL.ssangsiot));
  }
  return [...new Set(forms.map((syllable) => head + syllable))];
}
