/**
 * Chromium breaks a Hangul line before a middle dot ("양자컴퓨팅" / "·제약") despite `word-break:
 * keep-all` and `line-break: strict`, so a line can start with "·". A run of text joined by middle
 * dots ("양자컴퓨팅·제약", "AI·에너지") is one word to a Korean reader: the pages put such runs in a
 * `white-space: nowrap` span (class `nobr`) rather than inserting invisible joiners, which would change
 * the text that search indexes and readers copy.
 */

/** Middle dots as Korean writing uses them: U+00B7, the katakana middle dot U+30FB, U+2027. */
const JOINED = /[^\s·・‧]+(?:[·・‧][^\s·・‧]+)+/gu;

export interface TextPart {
  text: string;
  /** A run joined by middle dots: keep it on one line. */
  keep: boolean;
}

/** `text` cut into the runs joined by middle dots (keep) and the text between them. */
export function splitAtMiddleDots(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(JOINED)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), keep: false });
    parts.push({ text: match[0], keep: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), keep: false });
  return parts;
}
