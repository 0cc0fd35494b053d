/**
 * Errors about a post's entry, said from the post: its path first, then what is wrong and where.
 */
import { displayPath } from './files.ts';
import { FrontmatterError, type FrontmatterSource } from './frontmatter.ts';

/**
 * Astro's schema error ("posts → x data does not match collection schema", line 0) said from the post:
 * its path first, then each field with its line and the schema's Korean message.
 */
export function schemaError(error: unknown, file: string, source: FrontmatterSource): unknown {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return error;
  // An unknown key is an issue of the object holding it: "**subject**", or "****" at the top level.
  // It is said at the key's own line.
  const issues = [...error.message.matchAll(/^\s+\*\*([^*]*)\*\*: (.*)$/gm)].map(([, object = '', message = '']) => {
    const unknown = /알 수 없는 항목 "([^"]+)"/.exec(message)?.[1];
    const field = unknown ? [object, unknown].filter(Boolean).join('.') : object;
    return { field, message, line: source.lineOf(field) ?? source.lineOf(object) };
  });
  if (issues.length === 0) return error;
  const lines = issues.map(({ field, message, line }) => `  ${line ? `${line}번째 줄 ` : ''}${field}: ${message}`);
  // No `cause`: Astro prints it below the message, and it is the same list again in English markup
  // ("**posts → p** data does not match collection schema", "****: …").
  return new FrontmatterError(
    `"${displayPath(file)}"의 frontmatter를 고쳐 주세요.\n${lines.join('\n')}`,
    file,
    issues[0]?.line,
  );
}

/** The file an error from Astro's frontmatter parse is about, if it names one. */
export const fileOf = (error: unknown): string | undefined => {
  const e = error as { loc?: { file?: unknown }; id?: unknown } | undefined;
  const file = e?.loc?.file ?? e?.id;
  return typeof file === 'string' && /\.(md|mdx)$/.test(file) ? file : undefined;
};
