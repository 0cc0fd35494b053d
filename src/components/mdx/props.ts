/**
 * The props a review component takes, checked as frontmatter is: a misspelt or unknown prop (`sorce`,
 * `typ`, `max`) was ignored without a word, and a value of the wrong kind reached the page as text
 * (`page={{}}` gave "[object Object]쪽"). The message starts with the tag, so render-errors.ts passes it
 * on as it is, naming the post. Hand-written rather than a zod schema per component: the messages say
 * how to write the value in MDX (quotes or braces), which is what an author gets wrong.
 */

export type PropKind = 'text' | 'number' | 'text or number' | 'image';

const IS: Record<PropKind, (value: unknown) => boolean> = {
  text: (value) => typeof value === 'string',
  // width="32", as HTML writes it, is a number too.
  number: (value) =>
    (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value)),
  'text or number': (value) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)),
  // An imported image (its metadata object) or a path; Figure itself says which paths it takes.
  image: (value) => typeof value === 'string' || (typeof value === 'object' && value !== null && 'src' in value),
};

const SAID: Record<PropKind, string> = {
  text: '따옴표 안의 글(name="…")',
  number: '중괄호 안의 숫자(name={1200})',
  'text or number': '따옴표 안의 글이나 중괄호 안의 숫자(name="45–47" 또는 name={45})',
  image: "가져온 이미지(import 그림 from './그림.jpg'; 다음 name={그림})나 /로 시작하는 주소",
};

/** How a value was given, for the message: a string in quotes, anything else as MDX writes it. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'function') return '{함수}';
  // caption={<em>…</em>}: markup goes between the tags instead, where Markdown works too.
  if (typeof value === 'object' && value !== null && 'astro:jsx' in value)
    return '{<태그>}, 서식은 태그 사이에 적습니다';
  try {
    return `{${JSON.stringify(value) ?? String(value)}}`;
  } catch {
    return `{${String(value)}}`;
  }
}

/** How many single-letter edits turn `a` into `b` (Levenshtein), for "did you mean": names are short. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] as number;
}

/**
 * Throws, naming every problem, when `props` (the component's Astro.props) holds a prop not in `allowed`
 * or a value not of its kind, or lacks one of `required`. Undefined values are left out, as MDX leaves out
 * a prop not written; `key` (a list written with .map()) is allowed everywhere.
 */
export function checkProps(
  tag: string,
  props: object,
  allowed: Record<string, PropKind>,
  required: readonly string[] = [],
): void {
  const problems: string[] = [];
  const given = Object.entries(props).filter(([name, value]) => value !== undefined && name !== 'key');
  for (const [name, value] of given) {
    const kind = allowed[name];
    if (kind === undefined) {
      // The closest allowed name, if it is close for its length: `to` is no typo of `id`.
      const [near] = Object.keys(allowed)
        .map((known) => ({ known, d: distance(name.toLowerCase(), known.toLowerCase()) }))
        .filter(({ known, d }) => d <= Math.min(2, Math.ceil(known.length / 3)))
        .sort((a, b) => a.d - b.d)
        .map(({ known }) => known);
      problems.push(`${name}은(는) 없는 속성입니다${near ? ` (${near}의 오타인가요?)` : ''}`);
    } else if (!IS[kind](value)) {
      problems.push(`${name}은(는) ${SAID[kind].replaceAll('name', name)}이어야 합니다 (받은 값: ${shown(value)})`);
    }
  }
  for (const name of required) {
    if (!given.some(([key]) => key === name)) problems.push(`${name}이(가) 필요합니다`);
  }
  if (problems.length > 0) {
    throw new Error(`${tag}: ${problems.join('; ')}. 쓸 수 있는 속성은 ${Object.keys(allowed).join(', ')}입니다.`);
  }
}
