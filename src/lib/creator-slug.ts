/**
 * The URL slug of a creator's page (/creators/<slug>/). Names that differ only in spacing or form
 * share a page, as tags do: "크리스토퍼 놀란", "크리스토퍼놀란" and "크리스토퍼·놀란" are one person,
 * and so are "Christopher Nolan", "christopher  nolan" and a full-width "Ｃｈｒｉｓｔｏｐｈｅｒ Ｎｏｌａｎ".
 *
 * NFKC folds compatibility forms (full-width letters, NFD Hangul from macOS), case is folded, and a run
 * of spaces or punctuation between two Hangul letters is dropped (Korean names are spaced
 * inconsistently, "홍 길동" / "홍길동"); between other letters it becomes one hyphen, so Latin names
 * stay readable ("christopher-nolan").
 */
const HANGUL = /\p{Script=Hangul}/u;

export function creatorSlug(name: string): string {
  // Format characters (a pasted zero-width space) show nothing: no gap either.
  const folded = name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase();
  const out: string[] = [];
  let gap = false;
  for (const char of folded) {
    if (/[\p{L}\p{N}]/u.test(char)) {
      const previous = out.at(-1);
      if (gap && previous !== undefined && !(HANGUL.test(previous) && HANGUL.test(char))) out.push('-');
      out.push(char);
      gap = false;
    } else {
      gap = out.length > 0;
    }
  }
  return out.join('');
}
