/**
 * A post's frontmatter read again from the file, with the `yaml` package and its YAML 1.2 core schema,
 * for what Astro's own parse (js-yaml, YAML 1.1) loses:
 *  - dates as the author wrote them: js-yaml turns `2024-11-03` and `2024-11-03T09:00:00+09:00` alike
 *    into a Date and drops the offset's meaning, so the schema gets the text (src/lib/dates.ts reads it);
 *  - YAML syntax errors and duplicate keys said in Korean, at the right line, with the lines around it
 *    (Astro's Markdown path reports js-yaml's 0-based line and no code frame);
 *  - files saved with old-Mac line endings (CR only), in which Astro finds no frontmatter at all and
 *    reports every field as missing;
 *  - characters that XML 1.0 forbids, which would break the feeds.
 */
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLError } from 'yaml';
import { xmlInvalidCharacters } from '../lib/xml.ts';

/** Astro's own frontmatter pattern (@astrojs/internal-helpers/frontmatter), so both read the same text. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

export const DATE_FIELDS = ['pubDate', 'updatedDate'] as const;

export interface FrontmatterSource {
  /** The date fields as written, when they are plain or quoted scalars. */
  dates: Partial<Record<(typeof DATE_FIELDS)[number], string>>;
  /** Characters XML cannot carry, with their lines (the file keeps them; the site drops them). */
  invalidCharacters: { char: string; line: number }[];
  /** The line of a field ("pubDate", "subject.isbn", "tags.2"), for error messages. */
  lineOf(field: string): number | undefined;
}

/** A frontmatter problem Astro shows with our message and our location. */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
  /** Astro prints `loc` as the error's Location. */
  loc: { file: string; line?: number; column?: number };
  constructor(message: string, file: string, line?: number, column?: number) {
    super(message);
    this.loc = { file, ...(line ? { line } : {}), ...(column ? { column } : {}) };
  }
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: '같은 항목이 두 번 적혀 있습니다. 하나만 남겨 주세요.',
  MISSING_CHAR: `따옴표(' 또는 ")가 닫히지 않았습니다. 값의 끝에 같은 따옴표를 붙여 주세요.`,
  BLOCK_AS_IMPLICIT_KEY: `값 안에 ': '(콜론과 공백)가 있거나 들여쓰기가 어긋났습니다. 콜론이 든 값은 따옴표로 감싸 주세요 (예: description: '부제: 요약').`,
  MULTILINE_IMPLICIT_KEY: '들여쓰기가 어긋났습니다. 같은 단계의 항목은 같은 칸에서 시작해야 합니다.',
  BAD_INDENT: '들여쓰기가 어긋났습니다. 같은 단계의 항목은 같은 칸에서 시작해야 합니다.',
  TAB_AS_INDENT: '들여쓰기에 탭이 있습니다. 공백(스페이스)으로 바꿔 주세요.',
  UNEXPECTED_TOKEN: '이 자리에 올 수 없는 글자가 있습니다. 특수 문자가 든 값은 따옴표로 감싸 주세요.',
  // A warning to the yaml package, an error to Astro's js-yaml (in English, with a stack trace): said here.
  TAG_RESOLVE_FAILED: `!!js/function 같은 YAML 태그는 쓸 수 없습니다. 값은 따옴표 안의 글이나 숫자로 적어 주세요.`,
};

/**
 * The file line (frontmatter lines count from 2) of the first line of prose after a blank line in `raw`:
 * a sentence, no `key: value`, no list item, no comment, no indented continuation. A frontmatter that holds
 * one was not closed where the author meant, and a later --- (a rule in the body) closed it instead.
 */
function proseLine(raw: string): number | undefined {
  const lines = raw.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (lines[i - 1]?.trim() !== '' || line.trim() === '') continue;
    // A heading (## 메모) is a YAML comment too, but no frontmatter comments like that: it starts the body.
    if (!/^#{2,6}\s/.test(line) && /^\s|^[-#]|^[^\s:]+:(\s|$)|^['"][^'"]*['"]:/.test(line)) continue;
    return i + 1;
  }
  return undefined;
}

/** A file that opens a frontmatter (--- on its first line) that no --- line closes. */
const UNCLOSED = /^\uFEFF?\s*(---|\+\+\+)[ \t]*\r?\n/;

function codeFrame(contents: string, line: number): string {
  const lines = contents.split(/\r\n|\n|\r/);
  const out: string[] = [];
  for (let n = Math.max(1, line - 2); n <= Math.min(lines.length, line + 1); n++) {
    out.push(`${n === line ? '>' : ' '} ${String(n).padStart(3)} | ${lines[n - 1]}`);
  }
  return out.join('\n');
}

function yamlErrorMessage(shown: string, contents: string, error: YAMLError): string {
  // The frontmatter starts on the line after the opening ---, and linePos counts from that ---'s line
  // end: so it is already the file's line number.
  const line = error.linePos?.[0].line ?? 1;
  const hint = HINTS[error.code] ?? '';
  return (
    `"${shown}" ${line}번째 줄: frontmatter(맨 위 --- 사이)의 YAML 문법 오류입니다. ${hint}\n` +
    `${codeFrame(contents, line)}\n(YAML: ${error.message.split('\n')[0]})`
  );
}

/** Reads `file` (absolute); `shown` is how messages name it. Throws FrontmatterError in Korean. */
export function readFrontmatterSource(
  file: string,
  shown: string,
  contents = readFileSync(file, 'utf8'),
): FrontmatterSource {
  if (/\r(?!\n)/.test(contents) && !contents.includes('\n')) {
    throw new FrontmatterError(
      `"${shown}": 줄바꿈이 옛 Mac 방식(CR만)으로 저장되어 있어 frontmatter를 찾을 수 없습니다 ` +
        '(그래서 title, pubDate 같은 항목이 모두 없다고 나옵니다). 편집기에서 줄바꿈을 LF로 바꿔 저장해 주세요.',
      file,
      1,
    );
  }
  const invalidCharacters = xmlInvalidCharacters(contents).map(({ char, index }) => ({
    char,
    line: contents.slice(0, index).split('\n').length,
  }));
  const block = FRONTMATTER.exec(contents);
  const raw = block?.[1];
  // TOML (+++ fences) is Astro's to read (smol-toml); what this reads again is YAML's.
  if (block && /^\uFEFF?\s*\+\+\+/.test(block[0])) return { dates: {}, invalidCharacters, lineOf: () => undefined };
  if (raw === undefined) {
    const fence = UNCLOSED.exec(contents)?.[1];
    if (fence) {
      throw new FrontmatterError(
        `"${shown}": 1번째 줄의 ${fence}로 연 frontmatter를 닫는 ${fence} 줄이 없습니다. ` +
          `frontmatter의 마지막 항목 다음 줄에 ${fence}만 적어 주세요.`,
        file,
        1,
      );
    }
    return { dates: {}, invalidCharacters, lineOf: () => undefined };
  }
  const lines = new LineCounter();
  const doc = parseDocument(raw, { schema: 'core', uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  const [error] = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (error) {
    const position = error.linePos?.[0];
    // Only when the --- that closed the block follows a blank line, as a rule in the body does (a closing
    // fence follows the last field): a closed block with a key that lost its colon is the YAML's own error.
    const unclosed = /\n[ \t]*\n$/.test(raw) ? proseLine(raw) : undefined;
    const message =
      unclosed === undefined
        ? yamlErrorMessage(shown, contents, error)
        : `"${shown}": frontmatter를 닫는 --- 줄이 빠진 것 같습니다: ${unclosed}번째 줄부터는 본문인데 frontmatter로 읽혔습니다. ` +
          `${unclosed}번째 줄 앞에 ---만 있는 줄을 넣어 주세요.\n${codeFrame(contents, unclosed)}`;
    throw new FrontmatterError(message, file, unclosed ?? position?.line, unclosed ? 1 : position?.col);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new FrontmatterError(
      `"${shown}": frontmatter(맨 위 --- 사이)는 "title: '제목'"처럼 한 줄에 항목 하나씩 적어야 합니다 ` +
        `(지금은 ${isSeq(doc.contents) ? '- 로 시작하는 목록' : '값 하나'}입니다).`,
      file,
      2,
    );
  }
  const dates: FrontmatterSource['dates'] = {};
  for (const key of DATE_FIELDS) {
    const node = doc.get(key, true);
    if (isScalar(node) && typeof node.value === 'string') dates[key] = node.value;
  }
  // The line of the deepest part of `field` that is there: a missing `subject.title` is at `subject:`.
  const lineOf = (field: string) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const part of field.split('.')) {
      const next = isMap(node)
        ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === part)
        : isSeq(node)
          ? { key: node.items[Number(part)], value: node.items[Number(part)] }
          : undefined;
      const at = (next?.key as { range?: [number, number, number] } | undefined)?.range;
      if (!next || !at) break;
      line = lines.linePos(at[0]).line;
      node = next.value;
    }
    return line;
  };
  return { dates, invalidCharacters, lineOf };
}
