/**
 * The `<Quote>`s of a post, read from its MDX source for the quotes page (/quotes/).
 *
 * Why from the source and not from rendering: the quotes page must not depend on another page having
 * rendered (pages render concurrently, and an incremental build skips unchanged ones), and its cache
 * key must cover what it shows. So the query layer parses each body with Sätteri (the processor that
 * compiles the posts) and numbers the quotes in document order, as src/markdown/quote-anchors.ts does
 * while compiling: the n-th quote here has the anchor `quote-n` on the post page.
 */
import { markdownToHtml, mdxToMdast } from 'satteri';
import { quoteAnchor, quoteElements } from '../markdown/quote-anchors';

export interface QuoteInPost {
  /** The anchor on the post page. */
  id: string;
  /** The quotation as HTML, rendered from its Markdown. */
  html: string;
  source?: string | undefined;
  page?: string | undefined;
}

interface Attribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

interface Node {
  type: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { offset: number }; end: { offset: number } };
}

/** An attribute's value as text: `source="…"` as written, `page={45}` or `page={'45–47'}` evaluated when a literal. */
function attributeText(node: Node, name: string): string | undefined {
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  const value = attribute?.value;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  const code = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(code)) return code;
  const literal = /^(['"`])(.*)\1$/s.exec(code);
  return literal ? literal[2]?.trim() || undefined : undefined;
}

/** Removes the indentation common to every non-blank line (quotes are usually indented inside the tag). */
function dedent(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const cut = Math.min(...indents, Infinity);
  return lines.map((l) => l.slice(Number.isFinite(cut) ? cut : 0)).join('\n');
}

/** Every `<Quote>` of an MDX body, in document order, with the anchor its post page gives it. */
export function quotesInMdx(body: string): QuoteInPost[] {
  if (!body.includes('<Quote')) return [];
  const root = mdxToMdast(body) as Node;
  return quoteElements(root).map((node, i) => {
    const children = node.children ?? [];
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    const markdown = start !== undefined && end !== undefined ? dedent(body.slice(start, end)) : '';
    return {
      id: attributeText(node, 'id') ?? quoteAnchor(i + 1),
      html: markdownToHtml(markdown).html.trim(),
      source: attributeText(node, 'source'),
      page: attributeText(node, 'page'),
    };
  });
}
