/**
 * How the search page asks Pagefind to rank: the weight of each metadata field against body text (1 per
 * word, headings more). The title, the reviewed work and its creators rank above the body; the search
 * tokens (page-record.ts) rank below the words they come from, so 센터 alone ranks above 데이터센터,
 * and a word in the body above the same word found only inside a compound.
 */
export const META_WEIGHTS = {
  title: 5,
  work: 4,
  creators: 4,
  tags: 3,
  /** The other facts of the subject card. */
  issue: 2,
  publisher: 2,
  year: 1,
  isbn: 2,
  /** Tokens of the title, of the work and creators and tags, of the indexed text. */
  kt: 2.5,
  kw: 2,
  kb: 0.3,
} as const;

/** Words in a result's excerpt (excerpt.ts). */
export const EXCERPT_WORDS = 24;
