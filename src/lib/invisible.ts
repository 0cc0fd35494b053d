/**
 * Characters that show nothing, in names and titles an author types or pastes. Web pages and word
 * processors bring them along unseen: a zero-width space in "에너\u200B지" made a second tag that
 * looked exactly like 에너지, and a title of one U+200B passed as not empty.
 */

/**
 * Zero-width space, word joiner, zero-width no-break space (a BOM in mid-text) and soft hyphen: no
 * glyph and no meaning in a title or a name, so they are dropped. So are the bidirectional controls
 * (marks, embeddings, overrides, isolates: U+200E–200F, U+202A–202E, U+2066–2069): one right-to-left
 * override in a creator's name reversed every name after it on the page ("강한 ,nosraC ennA"). Not
 * the zero-width joiner and non-joiner: they hold emoji sequences (👩‍💻) together and shape some scripts.
 */
const DROPPED = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

export const withoutInvisible = (text: string): string => text.replace(DROPPED, '');

/**
 * Whether `text` shows anything: a letter, digit, symbol or punctuation mark, not only spaces,
 * control and format characters, combining marks on nothing, or the Hangul fillers (ㅤ U+3164 and its
 * kin, which are letters to Unicode and blank to a reader).
 */
export const showsSomething = (text: string): boolean =>
  /[^\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\s]/u.test(text);
