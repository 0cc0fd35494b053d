/**
 * The excerpt of a search result, built on the search page from the page's indexed text (Pagefind's
 * `content` and `anchors`) rather than taken from Pagefind's own excerpt, which marks whole
 * space-separated words ("전력이고," with the comma), centres on the densest run of matches wherever
 * it falls, and knows nothing of our search tokens. Here:
 *
 * - only the matched letters are marked: a Hangul term anywhere in a word (센터 in 데이터센터의, as the
 *   index's suffix tokens find it), any other term at the start of a run of letters (GPT-4 in GPT-4급);
 *   a compound typed joined is marked across the space where the text splits it (데이터 센터);
 * - the window is the densest run of matches in the body text, moved back to the start of its
 *   sentence, and it never crosses a heading: Pagefind's content runs headings into the paragraphs
 *   with a period of its own ("읽었습니다. 들어가며. 데이터센터의…"), which read as a sentence that is not
 *   in the post. The heading is the result's section link instead;
 * - `section` is the last h2–h6 at or before the first match shown, so the result can link to it.
 *
 * The result is plain text parts: the page draws them as text nodes, never as HTML.
 */
import { isHangulSyllable, squashWord } from './korean-text.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A heading (or any element with an id) as Pagefind records it: `location` is a word index in content. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface Excerpt {
  parts: ExcerptPart[];
  section?: { id: string; text: string };
}

type Span = [start: number, end: number];

const isLetter = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/** Where `term` (squashed: lower-case letters and digits) matches in `word`, as a span of `word`. */
export function matchInWord(word: string, term: string): Span | undefined {
  // The word's letters and digits, lower-cased, with the index in `word` of each.
  let text = '';
  const at: number[] = [];
  for (let i = 0; i < word.length;) {
    const char = String.fromCodePoint(word.codePointAt(i) ?? 0);
    if (isLetter(char)) {
      for (const lower of char.toLowerCase()) {
        text += lower;
        at.push(i);
      }
    }
    i += char.length;
  }
  const hangulTerm = isHangulSyllable(term[0]);
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    const start = at[i] as number;
    const runStart =
      i === 0 || !isLetter(word[start - 1]) || isHangulSyllable(text[i - 1]) !== isHangulSyllable(text[i]);
    if (hangulTerm || runStart) {
      const last = at[i + term.length - 1] as number;
      return [start, last + String.fromCodePoint(word.codePointAt(last) ?? 0).length];
    }
  }
  return undefined;
}

function pushPart(parts: ExcerptPart[], text: string, marked: boolean): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last && last.marked === marked) last.text += text;
  else parts.push({ text, marked });
}

/** The marks of every word: one span per word at most, and a joined term across two words. */
function markWords(words: readonly string[], terms: readonly string[]): (Span | undefined)[] {
  const marks: (Span | undefined)[] = words.map((word) => {
    for (const term of terms) {
      const span = matchInWord(word, term);
      if (span) return span;
    }
    return undefined;
  });
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (marks[i] || next === undefined || !isLetter(word.at(-1))) return;
    const tail = squashWord(word);
    const head = squashWord(next);
    for (const term of terms) {
      for (let k = 1; k < term.length; k++) {
        if (!tail.endsWith(term.slice(0, k)) || !head.startsWith(term.slice(k))) continue;
        const first = matchInWord(word, term.slice(0, k));
        const second = matchInWord(next, term.slice(k));
        if (first?.[1] === word.length && second?.[0] === 0) {
          marks[i] = [first[0], word.length];
          marks[i + 1] ??= second;
          return;
        }
      }
    }
  });
  return marks;
}

function partsOf(words: readonly string[], marks: readonly (Span | undefined)[], from: number, to: number) {
  const parts: ExcerptPart[] = [];
  for (let i = from; i < to; i++) {
    const word = words[i] as string;
    const span = marks[i];
    if (span) {
      pushPart(parts, word.slice(0, span[0]), false);
      pushPart(parts, word.slice(span[0], span[1]), true);
      pushPart(parts, word.slice(span[1]), false);
    } else pushPart(parts, word, false);
    if (i < to - 1) pushPart(parts, ' ', false);
  }
  return parts;
}

/** `text` (a title) with every match of `terms` marked. */
export function markText(text: string, terms: readonly string[]): ExcerptPart[] {
  const words = text.split(' ');
  return partsOf(words, markWords(words, terms), 0, words.length);
}

const SENTENCE_END = /(?:[.?!。…]|다)["”’)]*$/u;
/** How far back from the first match the window may move to start at its sentence. */
const SENTENCE_REACH = 8;

/** The first word at or after `i` that is not a heading's (the body a heading introduces). */
function nextBodyWord(i: number, inHeading: ReadonlySet<number>, count: number): number {
  let next = i;
  while (next < count - 1 && inHeading.has(next)) next++;
  return next;
}

export function buildExcerpt(
  content: string,
  anchors: readonly Anchor[],
  terms: readonly string[],
  length = 24,
): Excerpt {
  const words = content.split(/\s+/).filter(Boolean);
  const marks = markWords(words, terms);
  // Which words are headings' (h1–h6): from each anchor's location, as many words as its text has.
  const inHeading = new Set<number>();
  for (const a of anchors) {
    if (!/^h[1-6]$/i.test(a.element)) continue;
    const count = (a.text ?? '').split(/\s+/).filter(Boolean).length || 1;
    for (let i = a.location; i < a.location + count; i++) inHeading.add(i);
  }
  const matched = marks.flatMap((mark, i) => (mark ? [i] : []));
  // A match only in a heading still shows the body around it (its section is linked).
  const inBody = matched.filter((i) => !inHeading.has(i));
  const hits = inBody.length > 0 ? inBody : matched.map((i) => nextBodyWord(i, inHeading, words.length));
  // The window of `length` words that holds the most matches; the earliest of equals.
  let best = hits[0] ?? 0;
  let most = 0;
  for (let h = 0, e = 0; h < hits.length; h++) {
    while (e < hits.length && (hits[e] as number) < (hits[h] as number) + length) e++;
    if (e - h > most) [best, most] = [hits[h] as number, e - h];
  }
  // Back to the start of the sentence, if it is near; otherwise a few words of context before.
  let start = Math.max(0, best - 3);
  for (let back = 1; back <= SENTENCE_REACH; back++) {
    const i = best - back;
    if (i < 0 || SENTENCE_END.test(words[i] as string)) {
      start = i + 1;
      break;
    }
  }
  // Not across a heading: start after the last one before the match, end at the first one after it.
  // A section's first words follow a heading: a short section is shown from its start.
  for (let i = best - 1; i >= Math.max(0, best - length); i--) {
    if (inHeading.has(i)) {
      if (i >= start || best - (i + 1) < length / 2) start = i + 1;
      break;
    }
  }
  let end = Math.min(words.length, start + length);
  for (let i = best + 1; i < end; i++) {
    if (inHeading.has(i)) {
      end = i;
      break;
    }
  }
  const parts = partsOf(words, marks, start, end);
  // "…" only where text was left out: not where a section begins or ends.
  if (start > 0 && !inHeading.has(start - 1)) parts.unshift({ text: '… ', marked: false });
  if (end < words.length && !inHeading.has(end)) pushPart(parts, ' …', false);
  const first = hits.find((i) => i >= start && i < end);
  const heading = anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id && first !== undefined && a.location <= first)
    .at(-1);
  return { parts, ...(heading ? { section: { id: heading.id, text: (heading.text ?? '').trim() } } : {}) };
}
