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
import { stripXmlInvalid } from '../lib/xml';
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

/**
 * The Markdown between `start` and `end` of `source`, as MDX reads it inside the tag. The first child
 * starts after its own indentation, so that indentation is taken back in when only spaces stand before
 * it on its line; otherwise (`<Quote>text…` on one line) the first line is left as it is and the others
 * lose what they share. Without this, a quote indented by four spaces kept them on its later lines,
 * and Markdown made those code blocks.
 */
function innerMarkdown(source: string, start: number, end: number): string {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lead = source.slice(lineStart, start);
  if (/^[ \t]*$/.test(lead)) return dedent(source.slice(lineStart, end));
  const [first = '', ...rest] = source.slice(start, end).split('\n');
  return rest.length ? `${first}\n${dedent(rest.join('\n'))}` : first;
}

/** Every `<Quote>` of an MDX body, in document order, with the anchor its post page gives it. */
export function quotesInMdx(body: string): QuoteInPost[] {
  if (!body.includes('<Quote')) return [];
  // What the compiler reads (src/markdown/mdx-build.ts strips the same characters before it compiles).
  const source = stripXmlInvalid(body);
  const root = mdxToMdast(source) as Node;
  return quoteElements(root).map((node, i) => {
    const children = node.children ?? [];
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    const markdown = start !== undefined && end !== undefined ? innerMarkdown(source, start, end) : '';
    return {
      id: attributeText(node, 'id') ?? quoteAnchor(i + 1),
      html: markdownToHtml(markdown).html.trim(),
      source: attributeText(node, 'source'),
      page: attributeText(node, 'page'),
    };
  });
}
