/**
 * Broken MDX syntax (an unclosed `<aside>`, a stray `{`) fails the build in @astrojs/mdx with the file,
 * the line and an English parser message such as "Expected a closing tag for `<aside>`". This adds one
 * Korean line in front of it that says which file and what to look for. It only logs: the original error
 * still fails the build and keeps its exact position.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';

export function mdxErrorHint(
  file: string,
  line: number | undefined,
  column: number | undefined,
  reason: string,
): string {
  const where = line === undefined ? file : `${file} ${line}번째 줄${column === undefined ? '' : ` ${column}번째 칸`}`;
  return (
    `MDX 문법 오류: ${where} 근처를 확인해 주세요 (${reason}). ` +
    '여는 태그는 닫아야 하고(<aside> … </aside>, 빈 태그는 <br />), { 와 } 는 짝이 맞아야 합니다. ' +
    '글자 그대로 { 를 쓰려면 \\{ 로 적어 주세요.'
  );
}

interface MdxError extends Error {
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

export default function mdxErrorHintIntegration(): AstroIntegration {
  return {
    name: 'blog:mdx-error-hint',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'blog:mdx-error-hint',
                // Rolldown hands buildEnd one error with the plugin errors in `errors`.
                buildEnd(error?: Error & { errors?: MdxError[] }) {
                  for (const e of error?.errors ?? (error ? [error as MdxError] : [])) {
                    const file = (e.loc?.file ?? e.id)?.replace(/\?.*$/, '');
                    if (!file?.endsWith('.mdx')) continue;
                    const reason = (e.message ?? '').replace(/^\d+:\d+:\s*/, '').split('\n')[0] ?? '';
                    logger.error(mdxErrorHint(path.relative(process.cwd(), file), e.loc?.line, e.loc?.column, reason));
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
