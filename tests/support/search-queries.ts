/**
 * The labelled query set for search on the fixture blog (tests/fixtures/blog): what Korean readers type,
 * and which posts must come in the first five results. tests/e2e/fixtures/search-quality.spec.ts runs
 * every query through the real /search/ page in Chromium and scores it (search-quality.ts).
 *
 * `top`: posts that must be among the first five results. `also`: posts that hold the query too (a
 * passing mention, a compound, a prefix) and may be listed. Every other post of KNOWN_POSTS must not be
 * in the first five. Posts added to the fixture blog after this set was written are not judged.
 * The search-*.mdx fixtures were written for this set; the other posts were already there.
 */

export type QueryKind =
  | 'noun'
  | 'compound part'
  | 'spacing'
  | 'particle'
  | 'verb'
  | 'latin and numbers'
  | 'work'
  | 'creator'
  | 'isbn'
  | 'nonsense';

export interface LabelledQuery {
  query: string;
  kind: QueryKind;
  top: readonly string[];
  also?: readonly string[];
}

/** The published fixture posts when the set was written (slugs). */
export const KNOWN_POSTS = [
  'ai-power-grid',
  'cover-magazine',
  'film-interstellar',
  'injection-test',
  'other-podcast',
  'paper-attention',
  'quantum-pharma',
  'search-center-word',
  'search-china-shock',
  'search-datacenter',
  'search-spaced',
  'search-verbs',
  'series-energy-1',
  'series-energy-2',
  'series-energy-3',
  'short-note-1',
  'short-note-2',
  'short-note-3',
  'short-note-4',
  'short-note-5',
] as const;

const SERIES = ['series-energy-1', 'series-energy-2', 'series-energy-3'];
/** Every post that holds 센터, alone or inside a compound. */
const CENTER = ['search-center-word', 'search-datacenter', 'search-spaced', 'search-china-shock', 'ai-power-grid'];
const DATA_CENTER = ['search-datacenter', 'search-spaced', 'ai-power-grid'];
const QUANTUM = ['quantum-pharma', 'search-spaced'];
const DEMAND_RESPONSE = ['search-datacenter', 'search-spaced'];

export const QUERIES: readonly LabelledQuery[] = [
  // Nouns, as they stand in the text (with or without a particle there).
  { kind: 'noun', query: '전력', top: ['ai-power-grid', ...SERIES], also: ['search-spaced', 'search-datacenter'] },
  { kind: 'noun', query: '냉각', top: ['ai-power-grid'] },
  { kind: 'noun', query: '재생에너지', top: SERIES },
  { kind: 'noun', query: '인터스텔라', top: ['film-interstellar'] },
  { kind: 'noun', query: '트랜스포머', top: ['paper-attention'] },
  { kind: 'noun', query: '신약', top: ['quantum-pharma'] },
  { kind: 'noun', query: '반도체', top: ['other-podcast'] },
  { kind: 'noun', query: '중력', top: ['film-interstellar'] },
  { kind: 'noun', query: '일자리', top: ['search-china-shock'] },
  { kind: 'noun', query: '송전선', top: ['search-datacenter'] },
  { kind: 'noun', query: '2024', top: ['ai-power-grid'] },
  { kind: 'noun', query: '대담', top: ['search-spaced'] },
  { kind: 'noun', query: '어르신', top: ['search-center-word'] },
  { kind: 'noun', query: '오류', top: ['search-spaced'] },
  { kind: 'noun', query: '피크', top: ['search-datacenter'] },

  // A word the text holds only inside a compound (or both alone and inside one).
  { kind: 'compound part', query: '센터', top: CENTER },
  { kind: 'compound part', query: '반응', top: DEMAND_RESPONSE },
  // 연구결과 ends in 과, which reads as a particle: the compound's last noun must still be found.
  { kind: 'compound part', query: '결과', top: ['search-spaced'], also: ['injection-test'] },
  { kind: 'compound part', query: '통신망', top: ['search-spaced'] },
  { kind: 'compound part', query: '쇼크', top: ['search-china-shock'] },
  { kind: 'compound part', query: '컴퓨터', top: QUANTUM },
  { kind: 'compound part', query: '에너지', top: SERIES, also: ['ai-power-grid', 'search-datacenter'] },
  { kind: 'compound part', query: '차이나', top: ['search-china-shock'] },
  { kind: 'compound part', query: '물류', top: ['search-china-shock'] },
  { kind: 'compound part', query: '충격', top: ['search-china-shock'] },
  { kind: 'compound part', query: '컴퓨팅', top: QUANTUM },
  { kind: 'compound part', query: '스케일', top: ['search-datacenter'] },
  { kind: 'compound part', query: '경제', top: ['search-china-shock'] },
  { kind: 'compound part', query: '연구소', top: ['search-china-shock'] },

  // A compound typed joined or spaced, whichever way the text writes it.
  { kind: 'spacing', query: '데이터 센터', top: DATA_CENTER },
  { kind: 'spacing', query: '데이터센터', top: DATA_CENTER },
  { kind: 'spacing', query: '양자 컴퓨터', top: QUANTUM },
  { kind: 'spacing', query: '양자컴퓨터', top: QUANTUM },
  { kind: 'spacing', query: '수요 반응', top: DEMAND_RESPONSE },
  { kind: 'spacing', query: '수요반응', top: DEMAND_RESPONSE },
  { kind: 'spacing', query: '전력 회사', top: ['search-spaced', 'search-datacenter'] },
  { kind: 'spacing', query: '전력회사', top: ['search-datacenter', 'search-spaced'] },
  { kind: 'spacing', query: '물류 센터', top: ['search-china-shock'] },
  { kind: 'spacing', query: '주민센터', top: ['search-center-word'] },
  { kind: 'spacing', query: '재생 에너지', top: SERIES },
  { kind: 'spacing', query: '신약개발', top: ['quantum-pharma'] },
  { kind: 'spacing', query: '에너지전환', top: SERIES },
  // A second half ending as many nouns do (시간), and a Latin first half.
  { kind: 'spacing', query: '노동시간', top: ['search-spaced'] },
  { kind: 'spacing', query: '5G통신망', top: ['search-spaced'] },

  // Typed with a particle.
  {
    kind: 'particle',
    query: '전력을',
    top: ['ai-power-grid', ...SERIES],
    also: ['search-spaced', 'search-datacenter'],
  },
  { kind: 'particle', query: '양자컴퓨터를', top: QUANTUM },
  { kind: 'particle', query: '데이터센터의', top: DATA_CENTER },
  { kind: 'particle', query: '차이나쇼크가', top: ['search-china-shock'] },
  { kind: 'particle', query: '센터에서', top: CENTER },
  { kind: 'particle', query: '인터스텔라를', top: ['film-interstellar'] },
  { kind: 'particle', query: '냉각은', top: ['ai-power-grid'] },
  { kind: 'particle', query: '수요반응으로', top: DEMAND_RESPONSE },
  { kind: 'particle', query: '양자컴퓨터와', top: QUANTUM },
  { kind: 'particle', query: '대담집은', top: ['search-spaced'] },

  // Verbs and adjectives in the dictionary form, the text in other endings.
  { kind: 'verb', query: '앞당기다', top: ['search-verbs', 'quantum-pharma'] },
  { kind: 'verb', query: '읽히다', top: ['search-verbs'] },
  { kind: 'verb', query: '감당하다', top: ['ai-power-grid', 'search-verbs'] },
  { kind: 'verb', query: '머뭇거리다', top: ['search-verbs'] },
  { kind: 'verb', query: '달라지다', top: ['search-verbs'] },
  { kind: 'verb', query: '견디다', top: ['search-verbs'] },
  { kind: 'verb', query: '서두르다', top: ['search-verbs'] },
  { kind: 'verb', query: '사라지다', top: ['search-china-shock'] },
  { kind: 'verb', query: '들어서다', top: ['search-china-shock'] },
  { kind: 'verb', query: '설명하다', top: DEMAND_RESPONSE },
  { kind: 'verb', query: '버티다', top: ['search-china-shock'] },
  // A past form typed, other endings in the text (보낸, 버텼는지).
  // 보내는 in ai-power-grid and search-datacenter is the same verb.
  { kind: 'verb', query: '보냈다', top: ['search-center-word'], also: ['ai-power-grid', 'search-datacenter'] },
  { kind: 'verb', query: '버텼다', top: ['search-china-shock'] },

  // English, numbers and mixed queries.
  { kind: 'latin and numbers', query: 'GPT-4', top: ['search-datacenter'] },
  { kind: 'latin and numbers', query: 'gpt4', top: ['search-datacenter'] },
  { kind: 'latin and numbers', query: 'Attention', top: ['paper-attention'] },
  { kind: 'latin and numbers', query: 'Attention Is All You Need', top: ['paper-attention'] },
  { kind: 'latin and numbers', query: 'AI 전력', top: ['ai-power-grid'] },
  { kind: 'latin and numbers', query: '2030년대', top: ['search-datacenter'] },
  { kind: 'latin and numbers', query: '2030', top: ['search-datacenter'] },
  { kind: 'latin and numbers', query: 'GPT', top: ['search-datacenter'] },
  { kind: 'latin and numbers', query: 'need', top: ['paper-attention'] },

  // The reviewed work, by its title.
  { kind: 'work', query: '전력망의 미래', top: ['ai-power-grid'] },
  { kind: 'work', query: '클라우드의 무게', top: ['search-datacenter'] },
  { kind: 'work', query: '과학과 미래', top: ['quantum-pharma'] },
  { kind: 'work', query: '테크 토크', top: ['other-podcast'] },
  { kind: 'work', query: '겨울 정원', top: ['search-verbs'] },
  { kind: 'work', query: '월간 지역경제', top: ['search-china-shock'] },
  { kind: 'work', query: '마을 잡지', top: ['search-center-word'] },
  { kind: 'work', query: '계산하는 기계들', top: ['search-spaced'] },

  // Who made it.
  // book-portrait names him "홍 길동": found typed either way.
  { kind: 'creator', query: '홍길동', top: ['ai-power-grid', 'injection-test', 'book-portrait'] },
  { kind: 'creator', query: '홍 길동', top: ['ai-power-grid', 'injection-test', 'book-portrait'] },
  { kind: 'creator', query: '크리스토퍼 놀란', top: ['film-interstellar'] },
  { kind: 'creator', query: '놀란', top: ['film-interstellar'] },
  { kind: 'creator', query: '김작가', top: SERIES },
  { kind: 'creator', query: '박서연', top: ['search-datacenter'] },
  { kind: 'creator', query: '한서진', top: ['search-verbs'] },
  { kind: 'creator', query: 'Mara Jensen', top: ['search-spaced'] },
  { kind: 'creator', query: 'jensen', top: ['search-spaced'] },
  { kind: 'creator', query: 'Vaswani', top: ['paper-attention'] },
  { kind: 'creator', query: 'Noam Shazeer', top: ['paper-attention'] },
  { kind: 'creator', query: '이도윤', top: ['search-spaced'] },

  // ISBNs, with and without hyphens.
  { kind: 'isbn', query: '978-89-546-4922-3', top: ['ai-power-grid'] },
  { kind: 'isbn', query: '9788954649223', top: ['ai-power-grid'] },
  { kind: 'isbn', query: '979-11-970325-0-9', top: ['search-datacenter'] },
  { kind: 'isbn', query: '9788936460105', top: ['search-verbs'] },

  // Syllables that appear nowhere, alone or next to real words: the Korean "no results" message.
  { kind: 'nonsense', query: '퓌퓌퓌', top: [] },
  { kind: 'nonsense', query: '수퓌퓌', top: [] },
  { kind: 'nonsense', query: '데이터퓌', top: [] },
  { kind: 'nonsense', query: '센터퓌', top: [] },
  { kind: 'nonsense', query: '전력 퓌퓌', top: [] },
  { kind: 'nonsense', query: '쀍뛟', top: [] },
  { kind: 'nonsense', query: '뷁', top: [] },
  { kind: 'nonsense', query: '센터 쀍', top: [] },
];
