/**
 * URL slug of a post's file name (its id). Hangul and other letters are kept (browsers show them as
 * written; they are percent-encoded on the wire), everything else becomes a single hyphen. NFC first,
 * so a name typed on macOS (NFD) and on Windows (NFC) lands on the same page. Names of tags, series
 * and creators use nameSlug, which keeps C++ apart from C.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** The signs a name means something by (C++ is not C, 100% is not 100), as their words. */
const SPELLED: Record<string, string> = { '+': 'plus', '#': 'sharp', '♯': 'sharp', '%': 'percent' };

/**
 * The slug of a tag, series or creator name: `slugify` with two more rules, so that names meant to be
 * different stay apart and forms meant to be the same meet.
 * - A "+", "#" or "%" right after a letter or digit (or after such a sign) is spelled out: C++ →
 *   c-plus-plus, C# → c-sharp, 100% → 100-percent, C and 100 stay c and 100 (slugify gives one slug
 *   for each pair, merging two tags' pages). A sign elsewhere ("#해시태그", "+1") is punctuation as before.
 * - Compatibility forms fold (NFKC): full-width "ＡＩ" is "ai", "①" is "1". Hangul compatibility
 *   jamo (ㅋㅋ) are kept: NFKC would turn them into conjoining jamo that display apart.
 * - Format characters (zero-width space, joiners, direction marks) are dropped, not a word break.
 * - Between two Hangul syllables a space is dropped: Korean writes a compound both ways, and "데이터
 *   센터" and "데이터센터" are one tag (and one series) to a reader, as creators' names already were
 *   (creator-slug.ts). Signs still part words ("가-나", "한국·일본"), and Latin words keep their hyphen.
 */
export function nameSlug(name: string): string {
  return slugify(
    name
      .normalize('NFC')
      // Format characters show nothing (a pasted zero-width space): they split no word.
      .replace(/\p{Cf}/gu, '')
      .replace(/[^\u3131-\u318E\uFFA0-\uFFDC]+/gu, (run) => run.normalize('NFKC'))
      // "50 %" is how many write 50%: the space would leave the sign to fall away and the tag to meet 50.
      .replace(/(?<=\p{N})\s+(?=%)/gu, '')
      .replace(/(?<=[\p{L}\p{N}][+#♯%]*)[+#♯%]/gu, (sign) => `-${SPELLED[sign] ?? ''}-`)
      .replace(/(?<=[\uAC00-\uD7A3])\s+(?=[\uAC00-\uD7A3])/g, ''),
  );
}
