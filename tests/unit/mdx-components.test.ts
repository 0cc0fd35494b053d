/**
 * The review components (src/components/mdx/) rendered alone through the Container API: what a reader
 * sees and the structure assistive technology gets. The built demo post and its feed item are checked in
 * tests/build/mdx-components.test.ts. The last test keeps them fit to be rendered once for the page and
 * the feeds (src/feeds/body-html.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { mdxComponents } from '../../src/components/mdx';
import { REVIEW_COMPONENTS } from '../../src/markdown/post-checks';
import still from '../fixtures/components/components-demo/still.jpg';

const { Quote, Rating, Figure, Callout, BookCard } = mdxComponents;
let container: AstroContainer;

beforeAll(async () => {
  container = await AstroContainer.create();
});

/** Visible text: tags dropped, whitespace collapsed. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<Quote>', () => {
  it('is a figure with the quotation as blockquote and the source and page as caption', async () => {
    const html = await container.renderToString(Quote, {
      props: { source: '한강, 『채식주의자』', page: 45 },
      slots: { default: '<p>꿈을 꾸었어.</p>' },
    });
    expect(html).toMatch(/^<figure class="quote"[^>]*><blockquote[^>]*><p>꿈을 꾸었어.<\/p><\/blockquote><figcaption/);
    expect(html).toMatch(/<cite[^>]*>한강, 『채식주의자』<\/cite>/);
    expect(text(html)).toBe('꿈을 꾸었어.한강, 『채식주의자』, 45쪽');
  });

  it('leaves the caption out when there is nothing to cite', async () => {
    const html = await container.renderToString(Quote, { slots: { default: '인용' } });
    expect(html).not.toContain('figcaption');
    const pageOnly = await container.renderToString(Quote, { props: { page: '45–47' }, slots: { default: '인용' } });
    expect(pageOnly).not.toContain('<cite');
    expect(text(pageOnly)).toBe('인용45–47쪽');
  });
});

describe('<Rating>', () => {
  it('shows the stars with the value spelled out, and an optional label', async () => {
    const html = await container.renderToString(Rating, { props: { value: 4.5, label: '번역' } });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="5점 만점에 4.5점"');
    expect(html).toContain('fill-9');
    expect(text(html)).toBe('번역 4.5');
  });

  it('rejects a value the frontmatter would reject', async () => {
    for (const value of [5.5, -1, 3.3, '4']) {
      await expect(container.renderToString(Rating, { props: { value } })).rejects.toThrow(/0.5 단위/);
    }
  });

  it('names a quoted value as written, and how to write it', async () => {
    const error = container.renderToString(Rating, { props: { value: '4.5' } });
    await expect(error).rejects.toThrow('<Rating value="4.5" />');
    await expect(container.renderToString(Rating, { props: { value: '4.5' } })).rejects.toThrow(/따옴표 없이/);
  });
});

describe('<Figure>', () => {
  it('optimises an imported image through astro:assets and captions it', async () => {
    const html = await container.renderToString(Figure, { props: { src: still, alt: '밤하늘', caption: '한 장면' } });
    expect(html).toMatch(/<figure class="mdx-figure"/);
    expect(html).toMatch(/<img[^>]+src="\/_image\/?\?[^"]*"/);
    expect(html).toMatch(/srcset="[^"]*480w[^"]*1200w"/);
    expect(html).toContain('alt="밤하늘"');
    expect(html).toMatch(/<figcaption[^>]*>한 장면<\/figcaption>/);
  });

  it('uses a public path as it is, with the caption from the content', async () => {
    const html = await container.renderToString(Figure, {
      props: { src: '/images/map.png', alt: '지도', width: 800, height: 600 },
      slots: { default: '<strong>지도</strong> 설명' },
    });
    expect(html).toMatch(
      /<img class="mdx-figure-img" src="\/images\/map.png" alt="지도" width="800" height="600" loading="lazy"/,
    );
    expect(html).toMatch(/<figcaption[^>]*><strong>지도<\/strong> 설명<\/figcaption>/);
    const bare = await container.renderToString(Figure, { props: { src: '/x.png', alt: '' } });
    expect(bare).not.toContain('figcaption');
  });

  it('refuses a path beside the post written as a string (it would be a broken image) and says to import it', async () => {
    for (const src of ['./still.jpg', 'still.jpg', '../other/still.jpg']) {
      await expect(container.renderToString(Figure, { props: { src, alt: '장면' } }), src).rejects.toThrow(
        /import 그림 from/,
      );
    }
  });
});

describe('<Callout>', () => {
  it('is a note with the kind as its default title', async () => {
    const html = await container.renderToString(Callout, { slots: { default: '<p>본문</p>' } });
    expect(html).toMatch(/^<div class="callout callout-note"[^>]*role="note"/);
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
    expect(text(html)).toBe('참고본문');
  });

  it('keeps the kind for screen readers under a custom title', async () => {
    const html = await container.renderToString(Callout, {
      props: { type: 'warning', title: '스포일러' },
      slots: { default: '결말' },
    });
    expect(html).toContain('callout-warning');
    expect(html).toMatch(/<span class="visually-hidden"[^>]*>주의: <\/span>스포일러/);
    expect(text(await container.renderToString(Callout, { props: { type: 'tip' } }))).toBe('도움말');
  });

  it('rejects an unknown type', async () => {
    await expect(container.renderToString(Callout, { props: { type: 'danger' } })).rejects.toThrow(
      /note, tip, warning/,
    );
  });
});

describe('<BookCard>', () => {
  it('shows the label, kind, title as <cite> and the facts', async () => {
    const html = await container.renderToString(BookCard, {
      props: { title: '소년이 온다', creators: ['한강'], publisher: '창비', year: 2014 },
    });
    expect(html).toMatch(/<cite[^>]*>소년이 온다<\/cite>/);
    // The dots are text, with the fact before them: a feed reader (no stylesheet) reads "한강 · 창비 · 2014".
    expect(text(html)).toBe('함께 언급한 작품 책소년이 온다한강 · 창비 · 2014');
    // A no-break space keeps each dot with the fact before it, so no line starts with one.
    expect(html).toMatch(/한강<span class="sep"[^>]*>\u00A0·<\/span>/);
  });

  it('links the title and labels other kinds', async () => {
    const html = await container.renderToString(BookCard, {
      props: { kind: 'magazine', title: '릿터', issue: '2024년 12월호', url: 'https://example.com/littor' },
    });
    expect(html).toContain('<a href="https://example.com/littor" rel="noopener"');
    expect(text(html)).toContain('매거진');
    expect(text(html)).toContain('2024년 12월호');
  });

  it('checks its props with the subject schema (typos and bad values are errors)', async () => {
    await expect(container.renderToString(BookCard, { props: { title: '책', year: '2014' } })).rejects.toThrow(/year/);
    await expect(container.renderToString(BookCard, { props: { title: '책', author: '한강' } })).rejects.toThrow(
      /author/,
    );
    await expect(container.renderToString(BookCard, { props: {} })).rejects.toThrow(/title/);
    await expect(container.renderToString(BookCard, { props: {} })).rejects.toThrow(/^<BookCard>: /);
  });
});

describe('props a review component does not take, or of the wrong kind', () => {
  const quote = { slots: { default: '<p>인용</p>' } };

  it('fail naming the prop, with the likely one for a typo, instead of being ignored', async () => {
    await expect(
      container.renderToString(Quote, { props: { sorce: '한강, 『채식주의자』', pgae: '3' }, ...quote }),
    ).rejects.toThrow(
      /^<Quote>: sorce은\(는\) 없는 속성입니다 \(source의 오타인가요\?\); pgae은\(는\) 없는 속성입니다 \(page의 오타인가요\?\)\. 쓸 수 있는 속성은 source, page, id입니다\./,
    );
    await expect(container.renderToString(Callout, { props: { typ: 'warning' } })).rejects.toThrow(
      /^<Callout>: typ은\(는\) 없는 속성입니다 \(type의 오타인가요\?\)/,
    );
    await expect(container.renderToString(Rating, { props: { value: 4, max: 10 } })).rejects.toThrow(
      /^<Rating>: max은\(는\) 없는 속성입니다\. 쓸 수 있는 속성은 value, label입니다\./,
    );
    await expect(
      container.renderToString(Figure, { props: { src: still, alt: '장면', captoin: '설명' } }),
    ).rejects.toThrow(/^<Figure>: captoin은\(는\) 없는 속성입니다 \(caption의 오타인가요\?\)/);
  });

  it('fail saying how to write the value, rather than print [object Object]', async () => {
    await expect(container.renderToString(Quote, { props: { source: ['a'], page: {} }, ...quote })).rejects.toThrow(
      /^<Quote>: source은\(는\) 따옴표 안의 글\(source="…"\)이어야 합니다 \(받은 값: \{\["a"\]\}\); page은\(는\) .*\(받은 값: \{\{\}\}\)/,
    );
    await expect(
      container.renderToString(Figure, { props: { src: '/images/a.png', alt: '지도', width: '1200px' } }),
    ).rejects.toThrow(/width은\(는\) 중괄호 안의 숫자\(width=\{1200\}\)이어야 합니다 \(받은 값: "1200px"\)/);
    await expect(container.renderToString(Callout, { props: { title: 3 } })).rejects.toThrow(/title은\(는\) 따옴표/);
  });

  it('a misspelt required prop is named as misspelt, a missing src as missing', async () => {
    await expect(container.renderToString(Rating, { props: { vlaue: 4 } })).rejects.toThrow(
      /^<Rating>: vlaue은\(는\) 없는 속성입니다 \(value의 오타인가요\?\)/,
    );
    await expect(container.renderToString(Figure, { props: { src: still, Alt: '설명' } })).rejects.toThrow(
      /^<Figure>: Alt은\(는\) 없는 속성입니다 \(alt의 오타인가요\?\)/,
    );
    await expect(container.renderToString(Figure, { props: { alt: 'x', caption: 'src 없음' } })).rejects.toThrow(
      /^<Figure>: src이\(가\) 필요합니다/,
    );
  });

  it('takes what HTML and React habits write: width="32", key on a list', async () => {
    const html = await container.renderToString(Figure, {
      props: { src: '/favicon.svg', alt: '아이콘', width: '32', height: '32' },
    });
    expect(html).toMatch(/<img[^>]+width="32"/);
    await expect(
      container.renderToString(Quote, { props: { key: 'a', source: '출처' }, slots: { default: '<p>인용</p>' } }),
    ).resolves.toContain('인용');
  });

  it('an empty <Quote>, which would stand empty on the quotes page too, fails', async () => {
    await expect(container.renderToString(Quote, { props: { source: '책' } })).rejects.toThrow(
      /^<Quote source="책">: 인용할 글이 없습니다/,
    );
    await expect(container.renderToString(Quote, { slots: { default: '<p> </p>' } })).rejects.toThrow(
      /인용할 글이 없습니다/,
    );
    // A zero-width space, or a picture alone, shows no quotation either.
    for (const quoted of ['\u200B', '<p>&#8203;</p>', '<p><img src="/a.png" alt="그림"></p>']) {
      await expect(container.renderToString(Quote, { slots: { default: quoted } }), quoted).rejects.toThrow(
        /인용할 글이 없습니다 \(그림이나 보이지 않는 문자만으로는/,
      );
    }
  });
});

describe('the review components a .md post is told about', () => {
  it('are exactly the components every MDX post may use', () => {
    expect([...REVIEW_COMPONENTS].sort()).toEqual(Object.keys(mdxComponents).sort());
  });
});

describe('what the review components may use', () => {
  /** The .astro files the review components are made of: theirs and those they import, transitively. */
  function componentFiles(): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*['"](\.{1,2}\/[^'"]+\.astro)['"]/gm)) {
        visit(path.resolve(path.dirname(file), spec!));
      }
    };
    const dir = path.resolve('src/components/mdx');
    for (const name of readdirSync(dir)) if (name.endsWith('.astro')) visit(path.join(dir, name));
    return [...seen];
  }

  it('no script and nothing of the page around them: their body is rendered once, outside any page', () => {
    const files = componentFiles();
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/<script\b/);
      expect(source, file).not.toMatch(/Astro\.(?:site|url|request|locals|cookies|params)\b/);
    }
  });
});
