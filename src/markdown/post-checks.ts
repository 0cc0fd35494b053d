/**
 * Sätteri plugins over every post body (.md and .mdx), each skipped by its factory for the bodies
 * that cannot need it (a cheap look at the source):
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
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { publicImageProblem } from '../images/public.ts';
import { remoteImageProblem } from '../images/remote.ts';
import { stripXmlInvalid, xmlInvalidCharacters } from '../lib/xml.ts';
import { displayPath } from '../loader/files.ts';

/** The post a plugin works on, as messages name it. */
export const postOf = (ctx: { fileURL: URL | undefined }) =>
  ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '글';

const IMAGE_ELEMENTS = ['img', 'source', 'Figure', 'Image', 'Picture'];
/** HTML elements that load an image, and the attributes holding its address. */
const HTML_IMAGES: Record<string, readonly string[]> = { img: ['src', 'srcset'], source: ['src', 'srcset'] };

/** The addresses of a srcset ("a.jpg 1x, https://x/b.jpg 2x"), or of a plain src. */
const addresses = (name: string, value: string): string[] =>
  name === 'srcset' ? value.split(/,\s*/).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];

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
  // Another site (//), an entity that may hide one, or a site-relative address ("/…" after ( " ' { = or
  // the colon of a reference definition).
  if (!/\/\/|&#|&sol;|[("'{=:]\s*\//i.test(factory.source)) return null;
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

/**
 * Elements the CSP blocks (frame-src, object-src, script hashes), whose content never shows, and those
 * that act on the whole page from inside a post: <meta http-equiv="refresh"> sends the reader elsewhere
 * (no CSP stops it), <base> and <link> change how the page loads.
 */
const BLOCKED_ELEMENTS = new Set(['iframe', 'frame', 'object', 'embed', 'script', 'meta', 'base', 'link']);

const blockedMessage = (name: string) =>
  ['meta', 'base', 'link'].includes(name)
    ? `<${name}>은(는) 글 본문에 쓸 수 없습니다 (페이지 전체의 동작을 바꿉니다). 글에서 지워 주세요.`
    : `<${name}>은(는) 사이트의 보안 정책(CSP)이 막아 독자에게 빈칸으로 보입니다. ` +
      (name === 'iframe' || name === 'frame'
        ? '영상이나 다른 페이지는 링크로 걸어 주세요. 예: [예고편](https://www.youtube.com/watch?v=…)'
        : '글에서 지워 주세요.');

/**
 * The same, over a body as rendered (src/feeds/body-html.ts): MDX can write an element in ways no
 * tree check sees ({<iframe …/>}, a component of its own, set:html), and what the page shows is what
 * the feeds carry. Code blocks hold "&lt;iframe", never "<iframe".
 */
export function blockedElementProblem(html: string): string | undefined {
  const name = /<(iframe|frame|object|embed|script|meta|base|link)\b/i.exec(html)?.[1];
  return name ? blockedMessage(name.toLowerCase()) : undefined;
}

export const blockedHtml = (warn: (message: string) => void) => (factory: PluginFactoryContext) => {
  if (!/<\s*(iframe|frame|object|embed|script|meta|base|link|style)\b|\sstyle\s*=/i.test(factory.source)) return null;
  const post = postOf(factory);
  let styleWarned = false;
  const seen = (tag: string, styled: boolean) => {
    const name = tag.toLowerCase();
    const problem = BLOCKED_ELEMENTS.has(name) ? blockedMessage(name) : undefined;
    if (problem) throw new Error(`"${post}": ${problem}`);
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
    // In MDX only a lower-case name is an HTML element: <Embed> is a component of the author's.
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && /^[a-z]/.test(node.name ?? '')) {
      seen(node.name ?? '', node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'style') ?? false);
    }
    for (const child of node.children ?? []) walk(child);
  };
  return defineHastPlugin({ name: 'blocked-html', before: (root) => walk(root as Node) });
};

/**
 * For Markdown posts (.mdx sources lose the XML-invalid characters before they compile, mdx-build.ts),
 * and NFC for both: text, raw HTML, and in MDX the string props of elements and components
 * (<Quote source="…">), never the import paths, which must name the files as they are on disk.
 */
/** An MDX element's string props, NFC (ctx.setProperty on an MDX element sets a prop). */
function cleanProps(
  node: { attributes: readonly { type: string; name?: string; value?: unknown }[] },
  ctx: { setProperty(node: never, key: string, value: unknown): void },
): void {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || typeof a.value !== 'string') continue;
    const value = a.value.normalize('NFC');
    if (value !== a.value) ctx.setProperty(node as never, a.name, value);
  }
}

export const cleanBodyText = () => (factory: PluginFactoryContext) => {
  const invalid = xmlInvalidCharacters(factory.source).length > 0;
  if (!invalid && factory.source.normalize('NFC') === factory.source) return null;
  const clean = (text: string) => (invalid ? stripXmlInvalid(text) : text).normalize('NFC');
  return defineHastPlugin({
    name: 'clean-body-text',
    text: (node) => ({ ...node, value: clean(node.value) }),
    // HTML written into the post: its text reaches the page as written.
    raw: (node) => ({ ...node, value: clean(node.value) }),
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => cleanProps(node, ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => cleanProps(node, ctx) },
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
