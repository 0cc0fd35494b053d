/**
 * The language of each fenced code block, as Prism will be asked for it.
 *
 * Astro's Prism step takes the fence's first word as it is: ```JS and ```Python stayed uncoloured
 * (Prism's names are lower case), ```mdx or a typo (```javscript) printed "Unable to load the language"
 * in English twice without naming the post, and the word was written into the page's HTML unescaped
 * (```a"onmouseover="… became an attribute of the <pre>, on the page and in both feeds). Here, before
 * Prism runs: the word is lower-cased, a few names authors use that Prism lacks are given their closest
 * grammar, and a word Prism does not know becomes plain text with one Korean warning naming the post
 * and the line, so only names from Prism's own list ever reach the HTML.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { postOf } from './post-checks.ts';

interface PrismComponents {
  languages: Record<string, { alias?: string | string[] }>;
}

/** Every name Prism can load (its components and their aliases), the plain-text names of its core, and Astro's own. */
const PRISM_NAMES: ReadonlySet<string> = (() => {
  const { languages } = createRequire(import.meta.url)('prismjs/components.json') as PrismComponents;
  const names = new Set(['plain', 'plaintext', 'text', 'txt', 'astro']);
  for (const [name, { alias }] of Object.entries(languages)) {
    if (name === 'meta') continue;
    names.add(name);
    for (const a of [alias ?? []].flat()) names.add(a);
  }
  return names;
})();

/** Names authors write for which Prism has a close grammar under another name. */
const ALIASES: Readonly<Record<string, string>> = {
  mdx: 'markdown',
  zsh: 'bash',
  fish: 'bash',
  console: 'shell-session',
  terminal: 'shell-session',
  jsonc: 'json5',
  'c++': 'cpp',
  'c#': 'csharp',
  'f#': 'fsharp',
  vue: 'markup',
  svelte: 'markup',
  'objective-c': 'objectivec',
};

/** The Prism name for a fence's language word, or undefined when Prism has nothing for it. */
export function prismLanguage(word: string): string | undefined {
  const lower = word.toLowerCase();
  // ```diff-js is Prism's diff-highlight plugin, which Astro does not load: the diff grammar colours it.
  const name = ALIASES[lower] ?? (lower.startsWith('diff-') ? 'diff' : lower);
  return PRISM_NAMES.has(name) ? name : undefined;
}

/**
 * The lines (1-based) of the post file where a fence opens with `word`, in order. Sätteri gives this
 * plugin no positions, so the nth block of a language is found as the nth such fence in the file.
 */
function fenceLines(fileURL: URL | undefined, word: string): number[] {
  if (!fileURL) return [];
  let text: string;
  try {
    text = readFileSync(fileURL, 'utf8');
  } catch {
    return [];
  }
  const lines: number[] = [];
  // The fence a line is inside, if any: a fence written inside a longer one (````md around an example
  // of ```js) is text, not a block of its own.
  let open: string | undefined;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    // After quote marks, list markers and indentation: a fence inside a quote or a list item.
    const fence = /^(?:[ \t>]|[-*+][ \t]|\d+[.)][ \t])*(`{3,}|~{3,})[ \t]*(\S*)/.exec(line);
    if (!fence) return;
    const [, marks = '', info] = fence;
    if (open !== undefined) {
      if (marks[0] === open[0] && marks.length >= open.length && !info) open = undefined;
      return;
    }
    open = marks;
    if (info === word) lines.push(i + 1);
  });
  return lines;
}

export const codeLanguages = (warn: (message: string) => void) => (factory: PluginFactoryContext) => {
  if (!/^[ \t>]*(```|~~~)/m.test(factory.source)) return null;
  const seen = new Map<string, number>();
  /** The fence lines of each unknown word, read from the file once. */
  const lines = new Map<string, number[]>();
  return defineMdastPlugin({
    name: 'code-languages',
    code(node, ctx) {
      if (!node.lang) return;
      const name = prismLanguage(node.lang);
      if (name === node.lang) return;
      ctx.setProperty(node, 'lang', name ?? 'plaintext');
      if (name) return;
      const nth = seen.get(node.lang) ?? 0;
      seen.set(node.lang, nth + 1);
      let found = lines.get(node.lang);
      if (!found) lines.set(node.lang, (found = fenceLines(factory.fileURL, node.lang)));
      const at = found[nth];
      const line = at === undefined ? '' : ` ${at}번째 줄`;
      const post = postOf(factory);
      warn(
        `"${post}"${line}: 코드 블록의 언어 "${node.lang}"을(를) 몰라 색 없이 보여 줍니다. ` +
          '철자를 확인하거나 js, ts, python, bash, json, html, css, markdown 같은 이름을 써 주세요.',
      );
    },
  });
};
