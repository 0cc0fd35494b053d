import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownImages } from '../../src/markdown/body-images';

/** `body` in a post file (after a frontmatter), compiled with the plugin as a .md or .mdx post. */
function compile(body: string, mdx = false) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'images-')), mdx ? '글.mdx' : '글.md');
  writeFileSync(file, `---\ntitle: 그림\n---\n\n${body}`);
  const options = { mdastPlugins: [markdownImages()], fileURL: pathToFileURL(file) };
  return () => (mdx ? mdxToJs(body, options) : markdownToHtml(body, options));
}

describe('Markdown images', () => {
  it('refuse an address Astro cannot decode, naming the post and the line, whatever the alt text holds', () => {
    for (const body of ['![그림](./100%.png)', '![그림 [1]](./100%.jpg)', '문단\n\n![](<./할인 50%.png>)']) {
      for (const mdx of [false, true]) {
        expect(compile(body, mdx), body).toThrow(/글\.mdx?" \d+번째 줄: 이미지 주소 ".*%.*"을\(를\) 읽을 수 없습니다/);
      }
    }
    expect(compile('![그림](./100%25.png) [링크](./50%)')).not.toThrow();
  });

  it('read %23 in the address of the post’s own image as #, like %25 as % (./still%232.jpg is still#2.jpg)', () => {
    for (const mdx of [false, true]) {
      expect(JSON.stringify(compile('![장면](./still%232.jpg)', mdx)()), `mdx: ${mdx}`).toContain('./still#2.jpg');
    }
    expect(JSON.stringify(compile('![장면](./still#2.jpg)')())).toContain('./still#2.jpg');
    expect(JSON.stringify(compile('![장면](https://example.com/a%23b.png)')())).toContain(
      'https://example.com/a%23b.png',
    );
  });

  it('refuse a reference-style image of the post’s own, which Astro leaves broken; others pass', () => {
    expect(compile('![그림][r]\n\n[r]: ./ok.jpg\n')).toThrow(/참조로 쓴 그림.*!\[그림\]\(\.\/ok\.jpg\)처럼/);
    expect(compile('![그림][R]\n\n[r]: <./사진 1.jpg>\n', true)).toThrow(/참조로 쓴 그림/);
    expect(compile('![아이콘][i]\n\n[i]: /favicon.svg\n')).not.toThrow();
    expect(compile('[링크][r]\n\n[r]: ./ok.jpg\n')).not.toThrow();
  });
});
