/**
 * Sätteri plugins over every post body (.md and .mdx), each skipped by its factory for the bodies
 * that cannot need it (a cheap look at the source):
 * - imageAddresses (mdast): an image address Astro cannot decode (`![](./100%.png)`: a % not followed
 *   by two hex digits) fails the build naming the post and the line, instead of "URI malformed".
 * - imageSources: an image pointing at another site (![](…), <img> or <source> in a .md post's HTML,
 *   src or srcset, <Figure src="…"> or <img> in MDX) fails the build naming the post, unless its origin
 *   is allowed (src/images/remote.ts); so does one at a public/ path with no file there (public.ts).
 * - componentsInMarkdown: a review component's tag in a .md post fails the build naming the post.
 * - blockedHtml: HTML the site's CSP (src/security/csp.ts) would block on the page: an <iframe> (a
 *   trailer), <object>, <embed> or <script> fails the build naming the post, since readers would see a
 *   hole; a <style> element or style="…" attribute, which would only be ignored, is warned about.
 * - cleanBodyText: characters XML and HTML forbid (src/lib/xml.ts) are removed from the text of
 *   Markdown posts, so no page or feed carries them (the loader warns about them, naming the file),
 *   and the text is NFC: a body saved as NFD (macOS, some editors) looks the same but was never found
 *   by search, whose queries and index are NFC.
 */
import { fileURLToPath } from 'node:url';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { defineHastPlugin, defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { publicImageProblem } from '../images/public.ts';
import { remoteImageProblem } from '../images/remote.ts';
import { stripXmlInvalid, xmlInvalidCharacters } from '../lib/xml.ts';
import { displayPath } from '../loader/files.ts';
import { lineWritten } from './mdx-build.ts';

const postOf = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '글');

/** Before Astro's image step, which runs decodeURI on every ![](…) address and throws a bare URIError. */
export const imageAddresses = () => (factory: PluginFactoryContext) => {
  if (!/!\[[^\]]*\]\([^)]*%/.test(factory.source)) return null;
  return defineMdastPlugin({
    name: 'image-addresses',
    image(node) {
      try {
        decodeURI(node.url);
      } catch {
        const file = factory.fileURL && fileURLToPath(factory.fileURL);
        const line = file && lineWritten(file, node.url);
        throw new Error(
          `"${postOf(factory)}"${line ? ` ${line}번째 줄` : ''}: 이미지 주소 "${node.url}"을(를) 읽을 수 없습니다. ` +
            '주소 안의 %는 %25로 쓰거나(100%.png → 100%25.png), 파일 이름에서 %를 빼 주세요.',
        );
      }
    },
  });
};

const IMAGE_ELEMENTS = ['img', 'source', 'Figure', 'Image', 'Picture'];
/** HTML elements that load an image, and the attributes holding its address. */
const HTML_IMAGES: Record<string, readonly string[]> = { img: ['src', 'srcset'], source: ['src', 'srcset'] };

/** The addresses of a srcset ("a.jpg 1x, https://x/b.jpg 2x"), or of a plain src. */
const addresses = (name: string, value: string): string[] =>
  name === 'srcset' ? value.split(/,\s+/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];

type HtmlElement = Extract<DefaultTreeAdapterMap['node'], { tagName: string }>;

/** Every element of raw HTML as a browser parses it (entities decoded, <template> contents included). */
function rawHtmlElements(html: string): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: DefaultTreeAdapterMap['node']) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
    if ('content' in node) walk(node.content);
  };
  walk(parseFragment(html));
  return found;
}

/** The image addresses of raw HTML as a browser reads them (entities decoded): `<img>` in a .md post. */
const rawHtmlImages = (html: string): { name: string; value: string }[] =>
  rawHtmlElements(html).flatMap((el) => el.attrs.filter((a) => HTML_IMAGES[el.tagName]?.includes(a.name)));

export const imageSources = (allowed: readonly string[], publicDir: string) => (factory: PluginFactoryContext) => {
  // Another site (//), an entity that may hide one, or a site-relative address ("/…" after ( " ' or {).
  if (!/\/\/|&#|&sol;|[("'{=]\s*\//i.test(factory.source)) return null;
  const check = (src: unknown, name = 'src') => {
    if (typeof src !== 'string') return;
    for (const address of addresses(name, src)) {
      const problem = remoteImageProblem(address, allowed) ?? publicImageProblem(address, publicDir);
      if (problem) throw new Error(`"${postOf(factory)}": ${problem}`);
    }
  };
  const jsx = {
    filter: IMAGE_ELEMENTS,
    visit(node: { attributes: readonly { type: string; name?: string; value?: unknown }[] }) {
      for (const a of node.attributes) {
        if (a.type === 'mdxJsxAttribute' && (a.name === 'src' || a.name === 'srcSet' || a.name === 'srcset')) {
          check(a.value, a.name.toLowerCase());
        }
      }
    },
  };
  return defineHastPlugin({
    name: 'image-sources',
    element: {
      filter: Object.keys(HTML_IMAGES),
      visit(node) {
        for (const [property, name] of [
          ['src', 'src'],
          ['srcSet', 'srcset'],
          ['srcset', 'srcset'],
        ] as const) {
          const value = node.properties?.[property];
          check(Array.isArray(value) ? value.join(', ') : value, name);
        }
      },
    },
    // HTML written into a Markdown post stays raw text in the tree, and reaches the page and the feeds as written.
    raw: (node) => {
      for (const { name, value } of rawHtmlImages(node.value)) check(value, name);
    },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
};

/**
 * The review components' tag names (the keys of src/components/mdx/index.ts, which this config-side
 * module cannot import: they are .astro files; tests/unit/mdx-components.test.ts keeps the two equal).
 */
export const REVIEW_COMPONENTS = ['Quote', 'Rating', 'Figure', 'Callout', 'BookCard'] as const;

/**
 * For Markdown posts: a review component's tag there is HTML to Markdown, and would reach the page as
 * `<Rating value={4} />`, which a browser shows as nothing. Only MDX renders components.
 */
export const componentsInMarkdown = () => (factory: PluginFactoryContext) => {
  if (!factory.fileURL?.pathname.endsWith('.md')) return null;
  const tag = new RegExp(`<(${REVIEW_COMPONENTS.join('|')})\\b`);
  if (!tag.test(factory.source)) return null;
  return defineHastPlugin({
    name: 'components-in-markdown',
    raw(node) {
      const name = tag.exec(node.value)?.[1];
      if (!name) return;
      throw new Error(
        `"${postOf(factory)}": <${name}>는 .mdx 글에서만 쓸 수 있습니다 (.md 글에서는 아무것도 보이지 않습니다). ` +
          '파일 이름의 확장자를 .mdx로 바꿔 주세요.',
      );
    },
  });
};

/** Elements the CSP blocks (frame-src, object-src, script hashes): what they hold never shows. */
const BLOCKED_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'script']);

export const blockedHtml = (warn: (message: string) => void) => (factory: PluginFactoryContext) => {
  if (!/<\s*(iframe|frame|object|embed|script|style)\b|\sstyle\s*=/i.test(factory.source)) return null;
  const post = postOf(factory);
  let styleWarned = false;
  const seen = (tag: string, styled: boolean) => {
    const name = tag.toLowerCase();
    if (BLOCKED_ELEMENTS.has(name)) {
      throw new Error(
        `"${post}": <${name}>은(는) 사이트의 보안 정책(CSP)이 막아 독자에게 빈칸으로 보입니다. ` +
          (name === 'iframe' || name === 'frame'
            ? '영상이나 다른 페이지는 링크로 걸어 주세요. 예: [예고편](https://www.youtube.com/watch?v=…)'
            : '글에서 지워 주세요.'),
      );
    }
    if ((name === 'style' || styled) && !styleWarned) {
      styleWarned = true;
      warn(
        `"${post}": <style>과 style="…"은 사이트의 보안 정책(CSP)이 막아 적용되지 않습니다. ` +
          '강조는 **굵게**나 *기울임*으로, 인용은 <Quote>로 써 주세요.',
      );
    }
  };
  interface Node {
    type: string;
    name?: string | null;
    tagName?: string;
    value?: string;
    attributes?: readonly { type: string; name?: string }[];
    properties?: Record<string, unknown>;
    children?: readonly Node[];
  }
  // One walk of the whole tree: a style attribute can sit on any element, which visitor filters cannot name.
  const walk = (node: Node) => {
    if (node.type === 'raw' && node.value) {
      for (const el of rawHtmlElements(node.value))
        seen(
          el.tagName,
          el.attrs.some((a) => a.name === 'style'),
        );
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      seen(node.name, node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'style') ?? false);
    }
    if (node.type === 'element' && node.tagName) seen(node.tagName, node.properties?.['style'] !== undefined);
    for (const child of node.children ?? []) walk(child);
  };
  return defineHastPlugin({ name: 'blocked-html', before: (root) => walk(root as Node) });
};

/** For Markdown posts: .mdx sources get the same before they compile (mdx-build.ts). */
export const cleanBodyText = () => (factory: PluginFactoryContext) => {
  const invalid = xmlInvalidCharacters(factory.source).length > 0;
  if (!invalid && factory.source.normalize('NFC') === factory.source) return null;
  const clean = (text: string) => (invalid ? stripXmlInvalid(text) : text).normalize('NFC');
  return defineHastPlugin({
    name: 'clean-body-text',
    text: (node) => ({ ...node, value: clean(node.value) }),
    // HTML written into the post: its text reaches the page as written.
    raw: (node) => ({ ...node, value: clean(node.value) }),
    element: {
      // The attributes Markdown writes from an author's text: link and image titles, image alt.
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const key of ['title', 'alt']) {
          const value = node.properties?.[key];
          if (typeof value === 'string') ctx.setProperty(node, key, clean(value));
        }
      },
    },
  });
};
