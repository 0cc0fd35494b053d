/**
 * Sätteri hast plugin: gives every `<Quote>` of an MDX post an `id` prop, `quote-1`, `quote-2`, … in
 * document order, so the quotes page (/quotes/) can link to each one in its post.
 *
 * Why numbering at compile time: the quotes page is built from the posts' source (src/posts/quotes.ts
 * parses each body with the same parser and counts `<Quote>`s in the same order), never from what
 * another page rendered: pages render concurrently and incrementally, so one page cannot rely on the
 * side effects of rendering another. The numbering is a pure function of the post's text on both sides.
 */
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { postOf } from './post-checks.ts';
import { LAYOUT_IDS } from './heading-anchors.ts';

/** The anchor of the `n`-th quotation of a post (1-based); the quotes page links to it. */
export const quoteAnchor = (n: number) => `quote-${n}`;

/** The component name the plugin numbers (src/components/mdx/index.ts registers it under this name). */
export const QUOTE_COMPONENT = 'Quote';

interface TreeNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string }[];
  children?: TreeNode[];
}

/** Every `<Quote>` element under `root`, in document order (pre-order, children left to right). */
export function quoteElements<N extends TreeNode>(root: N): N[] {
  const found: N[] = [];
  const walk = (node: N) => {
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name === QUOTE_COMPONENT) found.push(node);
    for (const child of (node.children ?? []) as N[]) walk(child);
  };
  walk(root);
  return found;
}

type JsxNode = Omit<TreeNode, 'attributes'> & { attributes: { type: string; name?: string; value?: unknown }[] };

/**
 * The plugin numbers in the order its visitors meet the quotes, which is document order: the quotes
 * page's numbering (quoteElements over the parsed source) is checked against the built pages by
 * tests/e2e/fixtures/quotes.spec.ts.
 */
export const quoteAnchors = (factory: PluginFactoryContext) => {
  let count = 0;
  const given = new Set<string>();
  const post = postOf(factory);
  const visit = (node: JsxNode, ctx: { setProperty(node: never, key: string, value: unknown): void }) => {
    count++;
    // An `id` the author wrote wins; the quotes page reads it the same way. It may not be one the
    // numbering gives another quote, nor another quote's: two elements with one id, and the quotes
    // page's link would land on the first.
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
    if (id === undefined) {
      // On an MDX element in hast, a property is a prop of the component.
      ctx.setProperty(node as never, 'id', quoteAnchor(count));
      return;
    }
    if (typeof id === 'string' && (/^quote-\d+$/.test(id) || given.has(id) || LAYOUT_IDS.includes(id))) {
      throw new Error(
        `"${post}": <Quote id="${id}">: ` +
          (given.has(id)
            ? `id "${id}"를 쓴 <Quote>가 둘 이상입니다. 인용마다 다른 id를 적어 주세요.`
            : LAYOUT_IDS.includes(id)
              ? `id "${id}"는 페이지가 이미 쓰는 이름입니다. 다른 이름을 적어 주세요.`
              : `quote-숫자 꼴의 id는 인용에 자동으로 붙는 이름이라 쓸 수 없습니다. 다른 이름(예: "${id.replace('quote-', 'q')}")을 적어 주세요.`),
      );
    }
    if (typeof id === 'string') given.add(id);
  };
  return defineHastPlugin({
    name: 'quote-anchors',
    mdxJsxFlowElement: { filter: [QUOTE_COMPONENT], visit: (node, ctx) => visit(node as JsxNode, ctx) },
    mdxJsxTextElement: { filter: [QUOTE_COMPONENT], visit: (node, ctx) => visit(node as JsxNode, ctx) },
  });
};
