/**
 * An error while a post's body renders (an unknown component, an expression that throws, a component
 * given a wrong prop), said in Korean and pinned to the post's file. Astro blames the page being built
 * when it happens, and the first page to render every post is a feed (/feed.json) or /404, so without
 * this the author reads about a file they never wrote.
 */
import { displayPath } from '../loader/files.ts';

/** The review components a post may use without importing them (src/components/mdx/index.ts). */
const COMPONENTS = 'Quote, Rating, Figure, Callout, BookCard';

export class PostRenderError extends Error {
  override name = 'PostRenderError';
  /** Astro keeps an error's own `id` and `loc` and prints them as its location. */
  id: string;
  loc: { file: string };
  constructor(message: string, file: string, options: ErrorOptions) {
    super(message, options);
    this.id = file;
    this.loc = { file };
  }
}

/** `error`, thrown while `file` (absolute) rendered, as an error naming the file. Never wrapped twice. */
export function postRenderError(file: string, error: unknown): Error {
  if (error instanceof PostRenderError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  const missing = /Expected component `([^`]+)` to be defined/.exec(reason);
  const hint = missing
    ? `<${missing[1]}> 컴포넌트가 없습니다. import 없이 쓸 수 있는 컴포넌트는 ${COMPONENTS}입니다 (철자와 대소문자를 확인해 주세요).`
    : reason.startsWith('<')
      ? reason // A review component's own message ("<Figure>: alt(이미지 설명)이 필요합니다 …") is already Korean.
      : '본문의 { } 안 식이나 컴포넌트가 실행 중에 오류를 냈습니다. 아래 원래 메시지를 보고 고쳐 주세요.';
  return new PostRenderError(
    `"${displayPath(file)}" 글의 본문을 그리는 중 오류가 났습니다. ${hint}${hint === reason ? '' : `\n(원래 메시지: ${reason})`}`,
    file,
    { cause: error },
  );
}
