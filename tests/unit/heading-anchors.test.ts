import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { headingAnchors, LAYOUT_IDS } from '../../src/markdown/heading-anchors';

const ids = (markdown: string) =>
  [
    ...markdownToHtml(markdown, { hastPlugins: [headingAnchors((h) => `${h} 링크`)] }).html.matchAll(
      /<h\d id="([^"]+)"/g,
    ),
  ].map((m) => m[1]);

describe('heading ids', () => {
  it('never take an id the page around the post uses', () => {
    for (const id of LAYOUT_IDS) expect(ids(`## ${id}`)[0], id).toBe(`${id}-1`);
    // "맨 위로" jumps to #top, the author box is named by #author-box-name.
    expect(ids('## Top\n\n## Author box name')).toEqual(['top-1', 'author-box-name-1']);
  });

  it("never take a quote's anchor or a footnote's id, which the body gives out itself", () => {
    expect(ids('## Quote 1\n\n## quote-2\n\n## user-content-fn-1\n\n## Quotes')).toEqual([
      'quote-1-1',
      'quote-2-1',
      'user-content-fn-1-1',
      'quotes',
    ]);
  });

  it('stay as github-slugger gives them otherwise, one per heading', () => {
    expect(ids('## 서론\n\n## 서론\n\n## 🙂')).toEqual(['서론', '서론-1', 'heading']);
  });
});
