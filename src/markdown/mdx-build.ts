/**
 * MDX posts as the build compiles them (Vite plugins around @astrojs/mdx).
 *
 * Errors in an MDX post, pinned to the post and said in Korean:
 * - Broken MDX syntax (an unclosed `<aside>`, a stray `{`) fails the build in @astrojs/mdx with the
 *   file, the line and an English parser message such as "Expected a closing tag for `<aside>`". One
 *   Korean line in front of it says which file and what to look for; an import of a file that is not
 *   there ("Could not resolve './still.jpg'") is said as that, not as a syntax error. Only logged: the
 *   original error still fails the build and keeps its exact position.
 * - An error while the body renders (an unknown <Foo />, `{undefined.x}`) names the page being built,
 *   never the .mdx file: each compiled post's MDXContent is wrapped so the error names it (see
 *   render-errors.ts), on every page and feed that renders it.
 *
 * And one line of Astro's own output removed: Astro 7.3.5 (astro/dist/content/vite-plugin-content-assets.js)
 * opens the `?astroPropagatedAssets` module it generates for every MDX entry with
 * `"use astro:head-inject";`, which nothing reads since withastro/astro#17095 (head propagation goes by
 * the module id). Rolldown warns about every module-level directive it does not know: eight lines of
 * MODULE_LEVEL_DIRECTIVE per MDX post (withastro/astro#18087, open). The directive is deleted from the
 * generated module after Astro's `enforce: 'pre'` transform and before Rolldown parses it, so there is
 * nothing to warn about; pages are byte for byte the same (Rolldown dropped it anyway). Remove
 * `deadHeadInjectDirective` once Astro stops writing it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stripXmlInvalid } from '../lib/xml.ts';

const RENDER_ERRORS = fileURLToPath(new URL('./render-errors.ts', import.meta.url));
/** render-errors.ts as the compiled post imports it: a relative path works wherever the build's root is. */
const relativeImport = (from: string) =>
  `./${path.relative(path.dirname(from), RENDER_ERRORS).split(path.sep).join('/')}`.replace(/^\.\/\.\.\//, '../');

/**
 * The line of `file` (1-based) where `what` is first written, if it is: an error about a compiled post
 * points into the compiled module, whose lines are not the author's.
 */
export function lineWritten(file: string, what: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const at = text.indexOf(what);
  return at < 0 ? undefined : text.slice(0, at).split(/\r\n|\r|\n/).length;
}

/** A missing import is not a syntax error: say which file is missing. */
export function missingImportHint(file: string, line: number | undefined, what: string): string {
  return (
    `${file}${line === undefined ? '' : ` ${line}번째 줄`}: 가져오려는 파일 "${what}"이(가) 없습니다. ` +
    '파일이 글 옆에 있는지, 이름의 철자와 확장자(.jpg, .png 등)가 맞는지 확인해 주세요.'
  );
}

/**
 * The compiled MDX module with its MDXContent wrapped (after @astrojs/mdx's own post-processing, which
 * turns `export default function MDXContent` into a plain function the Content export calls).
 */
export function wrapMdxContent(code: string, file: string): string | undefined {
  if (!/\bfunction MDXContent\(/.test(code)) return undefined;
  return (
    code.replace(/\bfunction MDXContent\(/, 'function __blogMdxContent(') +
    `\nimport { postRenderError as __blogPostRenderError } from ${JSON.stringify(relativeImport(file))};` +
    `\nfunction MDXContent(props) { try { return __blogMdxContent(props); } catch (error) {` +
    ` throw __blogPostRenderError(${JSON.stringify(file)}, error); } }\n`
  );
}

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
  /** Shown by Astro's dev overlay under the message. */
  hint?: string;
}

/** @astrojs/mdx's Vite plugin, which compiles .mdx files (astro/… vite-plugin-mdx.js). */
const MDX_PLUGIN = '@mdx-js/rolldown';

/** The Korean line for an error compiling `file`: a missing import, or the syntax error and where. */
function hintFor(e: MdxError, file: string): string {
  const reason = (e.message ?? '').replace(/^\d+:\d+:\s*/, '').split('\n')[0] ?? '';
  const shown = path.relative(process.cwd(), file.replace(/\?.*$/, ''));
  const unresolved = /Could not resolve ['"]([^'"]+)['"]/.exec(reason);
  return unresolved?.[1]
    ? missingImportHint(shown, lineWritten(file, unresolved[1]), unresolved[1])
    : mdxErrorHint(shown, e.loc?.line, e.loc?.column, reason);
}

const HEAD_INJECT_DIRECTIVE = /^\s*(["'])use astro:head-inject\1;?/;

export default function mdxBuild(): AstroIntegration {
  return {
    name: 'blog:mdx',
    hooks: {
      'astro:config:setup': ({ updateConfig, logger }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'blog:dead-head-inject-directive',
                transform: {
                  filter: { id: /[?&]astroPropagatedAssets(?:[&=]|$)/ },
                  handler(code: string) {
                    return HEAD_INJECT_DIRECTIVE.test(code)
                      ? { code: code.replace(HEAD_INJECT_DIRECTIVE, ''), map: null }
                      : null;
                  },
                },
              },
              {
                name: 'blog:mdx-render-errors',
                enforce: 'post',
                transform: {
                  filter: { id: /\.mdx$/ },
                  handler(code: string, id: string) {
                    const wrapped = wrapMdxContent(code, id);
                    return wrapped === undefined ? null : { code: wrapped, map: null };
                  },
                },
              },
              {
                // In `npm run dev` the error reaches the browser's overlay, not buildEnd: the same Korean
                // words go there as its hint, under the parser's message and the code frame.
                name: 'blog:mdx-error-hint-dev',
                apply: 'serve',
                configResolved(resolved) {
                  const transform = resolved.plugins.find((p) => p.name === MDX_PLUGIN)?.transform;
                  if (!transform || typeof transform !== 'object') return;
                  const handler = transform.handler;
                  transform.handler = async function (this: unknown, ...args: Parameters<typeof handler>) {
                    try {
                      return await handler.apply(this as never, args);
                    } catch (error) {
                      if (error instanceof Error) (error as MdxError).hint = hintFor(error as MdxError, args[1]);
                      throw error;
                    }
                  } as typeof handler;
                },
              },
              {
                name: 'blog:mdx-error-hint',
                // Rolldown hands buildEnd one error with the plugin errors in `errors`.
                buildEnd(error?: Error & { errors?: MdxError[] }) {
                  for (const e of error?.errors ?? (error ? [error as MdxError] : [])) {
                    const file = (e.loc?.file ?? e.id)?.replace(/\?.*$/, '');
                    if (!file?.endsWith('.mdx')) continue;
                    // Our own checks (images, remote images) already name the post and say what to do.
                    if (/^"[^"]+\.(md|mdx)"/.test(e.message ?? '')) continue;
                    logger.error(hintFor(e, file));
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

/**
 * Characters no page or feed may carry (src/lib/xml.ts), gone from an MDX post before it compiles (the
 * content loader has warned about them, naming the file). Not NFC here: an import path must stay as
 * the file's name is written on disk (macOS writes NFD); the text is made NFC in the tree (post-checks.ts). Its own integration, listed before mdx() in
 * astro.config.mjs: among `enforce: 'pre'` plugins the first registered runs first, and after the MDX
 * compiler a character in a component's attribute is an escape (`"알\v림"`) that no longer looks like one.
 */
export function mdxSource(): AstroIntegration {
  return {
    name: 'blog:mdx-source',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'blog:mdx-drop-xml-invalid',
                enforce: 'pre',
                transform: {
                  filter: { id: /\.mdx$/ },
                  handler(code: string) {
                    const clean = stripXmlInvalid(code);
                    return clean === code ? null : { code: clean, map: null };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
