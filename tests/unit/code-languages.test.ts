import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { codeLanguages, prismLanguage } from '../../src/markdown/code-languages';

/** A post file with `body` under a frontmatter, rendered as the blog renders a .md body. */
async function render(body: string) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'fences-')), '글.md');
  writeFileSync(file, `---\ntitle: 코드\npubDate: 2024-01-01\n---\n\n${body}`);
  const warnings: string[] = [];
  const renderer = await satteri({ mdastPlugins: [codeLanguages((m) => warnings.push(m))] }).createRenderer({
    syntaxHighlight: 'prism',
  });
  const { code } = await renderer.render(body, { fileURL: pathToFileURL(file) });
  return { html: code, warnings, file };
}
const fence = (lang: string) => `\`\`\`${lang}\nconst a = 1;\n\`\`\`\n`;

describe('code block languages', () => {
  it('colour the names authors write in any case, and the common names Prism spells otherwise', async () => {
    for (const [lang, grammar] of [
      ['JS', 'js'],
      ['Python', 'python'],
      ['TypeScript', 'typescript'],
      ['mdx', 'markdown'],
      ['zsh', 'bash'],
      ['c++', 'cpp'],
      ['diff-js', 'diff'],
    ] as const) {
      const { html, warnings } = await render(fence(lang));
      expect(html, lang).toContain(`<pre class="language-${grammar}"`);
      expect(warnings, lang).toEqual([]);
    }
    expect((await render(fence('JS'))).html).toContain('<span class="token keyword">const</span>');
  });

  it('show an unknown name as plain text, with one Korean warning naming the post and the line', async () => {
    const { html, warnings, file } = await render(
      `${fence('ts')}\n${fence('javscript')}\n> ${fence('javscript').replaceAll('\n', '\n> ')}`,
    );
    expect(html.match(/class="language-plaintext"/g)).toHaveLength(4); // <pre> and <code>, twice
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`^".*${path.basename(file)}" 10번째 줄: 코드 블록의 언어 "javscript"`)),
      expect.stringMatching(/" 14번째 줄: 코드 블록의 언어 "javscript"/),
    ]);
  });

  it('show the code as text whatever the language: markup in a code block never becomes HTML', async () => {
    const code = '<b>굵게</b> <img src=x onerror=alert(1)> <Quote>인용</Quote> a < b & c';
    for (const lang of ['vue', 'svelte', 'mdx', 'foo', 'html', 'text', '']) {
      const { html } = await render(`\`\`\`${lang}\n${code}\n\`\`\`\n`);
      expect(html, lang).not.toMatch(/<(b|img|quote)\b/i);
      expect(html, lang).toContain('&lt;');
    }
  });

  it('name the line of the fence itself, not of an example of it inside a longer fence', async () => {
    const { warnings } = await render(
      ['````md', '```javscript', '예시', '```', '````', '', '```javscript', 'x', '```', ''].join('\n'),
    );
    // The file: four lines of frontmatter, a blank line, then the body; its own fence is the body's 7th line.
    expect(warnings).toEqual([expect.stringMatching(/" 12번째 줄: 코드 블록의 언어 "javscript"/)]);
  });

  it('never write the fence word into the HTML unless it is one of Prism’s names', async () => {
    const { html } = await render(fence('a"onmouseover="alert(1)'));
    expect(html).not.toContain('onmouseover');
    expect(html).toContain('<pre class="language-plaintext"');
    expect(prismLanguage('"><img')).toBeUndefined();
    expect(prismLanguage('text')).toBe('text');
  });
});
