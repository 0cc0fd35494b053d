/**
 * What Pagefind indexes of one built post page, made in memory (the page on disk is never changed):
 * the post's <article data-pagefind-body> with the search tokens of korean-tokens.ts added as metadata
 * fields, which Pagefind searches (weights in search-settings.ts) and the search page never shows:
 *
 *   kt  tokens of the title        kw  tokens of the reviewed work's facts and of the tags
 *   kb  tokens of the indexed text (the summary and the body)
 *
 * plus the field `tags` (tags sit in the post's <footer>, which Pagefind does not index). The title
 * and the facts of the reviewed work (`work`, `creators`, `issue`, `publisher`, `year`, `isbn`) are
 * marked with data-pagefind-meta in the components that show them. Only the article goes to Pagefind, in a minimal document: the rest of the page is
 * never indexed anyway, and Pagefind parses less.
 */
import { defaultTreeAdapter as tree, parseFragment, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { blockTokens, searchTokens, textTokens } from './korean-tokens.ts';
import { hasHangul, letterRuns } from './korean-text.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Pagefind 1.6 drops these elements with everything in them (pagefind/src/fossick/parser.rs). */
const DROPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe']);
/** …and starts a new run of words at these (words on both sides of one are not adjacent). */
const BLOCKS = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'div', 'section', 'article', 'aside', 'header', 'blockquote'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'pre', 'figure', 'figcaption', 'br', 'hr'],
]);

/**
 * The blocks of BLOCKS that Pagefind 1.6 does not end as a sentence: it runs their text into what follows,
 * with no period, and with no space at all where the HTML has none (`<dt>용어</dt><dd>뜻</dd>` is indexed as
 * the one word 용어뜻). Excerpts then read a quote's citation or a figure's caption as the start of the next
 * paragraph. In the record they become <div>, which Pagefind ends as a sentence, with a period of ours where
 * Pagefind would add none (measured against Pagefind's fragments in tests/unit/search-page-record.test.ts);
 * the page itself keeps its elements.
 */
const RUN_ON = new Set([
  'aside',
  'header',
  'blockquote',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'th',
  'pre',
  'figure',
  'figcaption',
]);

/** A text that ends a sentence, closing quotes and brackets after its sign included. */
const SENTENCE_END = /[.!?。…][\p{Pe}\p{Pf}"']*$/u;

const isElement = (node: Node): node is Element => 'tagName' in node;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const childrenOf = (node: Node): Node[] => ('childNodes' in node ? node.childNodes : []);

function findAll(node: Node, test: (el: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && test(node)) found.push(node);
  for (const child of childrenOf(node)) findAll(child, test, found);
  // <template> content is not a child in parse5's tree; post pages have none.
  return found;
}

const textOf = (node: Node): string =>
  node.nodeName === '#text' && 'value' in node ? node.value : childrenOf(node).map(textOf).join('');

const isMetadata = (el: Element) => /^[^:]+$/.test(attr(el, 'data-pagefind-meta') ?? ':');

/** Whether `el`, an element inside it or one around it is a metadata field (data-pagefind-meta="work"). */
function holdsMetadata(el: Element): boolean {
  if (findAll(el, isMetadata).length > 0) return true;
  for (let up = el.parentNode; up && isElement(up); up = up.parentNode) if (isMetadata(up)) return true;
  return false;
}

/** The text of `node` Pagefind indexes: without what it drops or is told to ignore (a footnote's ↩). */
const indexedTextOf = (node: Node): string => {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (isElement(node) && (DROPPED.has(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined)) return '';
  return childrenOf(node).map(indexedTextOf).join('');
};

/** The words Pagefind indexes under `root`, block by block. */
function indexedBlocks(root: Element): string[][] {
  const blocks: string[][] = [];
  let text = '';
  const flush = () => {
    const words = text.split(/\s+/).filter(Boolean);
    if (words.length) blocks.push(words);
    text = '';
  };
  const walk = (node: Node) => {
    if (node.nodeName === '#text' && 'value' in node) {
      text += node.value;
      return;
    }
    if (!isElement(node)) return;
    if (DROPPED.has(node.tagName) || attr(node, 'data-pagefind-ignore') !== undefined) return;
    const block = BLOCKS.has(node.tagName);
    if (block) flush();
    childrenOf(node).forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/**
 * Korean names written with a space ("홍 길동"), joined: 홍길동 is how most readers type the name, and the
 * pairing rule for compounds leaves out a one-syllable surname. Names are listed with commas.
 */
const joinedNames = (names: string): string[] =>
  names
    .split(/,\s*/)
    .filter((name) => /\s/.test(name.trim()) && hasHangul(name))
    .map((name) => name.replace(/\s+/g, ''));

/** An element Pagefind reads one metadata field from: `<span data-pagefind-meta="kb:…">`. */
function metaAttribute(parent: Element, key: string, value: string): void {
  // Tokens are letters and digits only, so the value never holds the comma that separates fields.
  tree.appendChild(
    parent,
    tree.createElement('span', parent.namespaceURI, [{ name: 'data-pagefind-meta', value: `${key}:${value}` }]),
  );
}

/** A field whose value may hold commas (tags): the text of an element inside an ignored one. */
function metaText(parent: Element, key: string, value: string): void {
  const ignored = tree.createElement('div', parent.namespaceURI, [{ name: 'data-pagefind-ignore', value: '' }]);
  const span = tree.createElement('span', parent.namespaceURI, [{ name: 'data-pagefind-meta', value: key }]);
  tree.insertText(span, value);
  tree.appendChild(ignored, span);
  tree.appendChild(parent, ignored);
}

export interface IndexRecord {
  /** The document to give Pagefind's addHTMLFile. */
  html: string;
  /** How many tokens were added, for the build log. */
  tokens: number;
}

/**
 * The <article data-pagefind-body> of a built page as a string, or undefined. Only the article is parsed:
 * the page's head (styles, scripts, structured data) is most of its bytes and none of its text. The page
 * is our own HTML, where "<article" appears only as a tag (text escapes "<"), so counting tags finds its end.
 */
export function articleOf(page: string): string | undefined {
  const start = page.search(/<article\b[^>]*\bdata-pagefind-body\b/);
  if (start < 0) return undefined;
  const tags = /<(\/?)article\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(page); tag; tag = tags.exec(page)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return page.slice(start, tag.index + tag[0].length);
  }
  return undefined;
}

/** The record of a built post page, or undefined when the page has no data-pagefind-body (not a post). */
export function indexRecord(page: string, lang: string): IndexRecord | undefined {
  const article = articleOf(page);
  const body = article === undefined ? undefined : parseFragment(article).childNodes.find(isElement);
  if (!body) return undefined;
  // One walk for the fields: elements by data-pagefind-meta name, and the tag links.
  const metas = new Map<string, string[]>();
  const tags: string[] = [];
  for (const el of findAll(body, (e) => e.attrs.length > 0)) {
    const name = attr(el, 'data-pagefind-meta');
    if (name && !name.includes(':')) metas.set(name, [...(metas.get(name) ?? []), textOf(el).trim()]);
    // A footnote's way back (↩) is a link glyph, not text: it would end excerpts with an arrow.
    if (attr(el, 'data-footnote-backref') !== undefined) el.attrs.push({ name: 'data-pagefind-ignore', value: '' });
    if (attr(el, 'data-search-tags') !== undefined) {
      tags.push(...findAll(el, (a) => a.tagName === 'a').map((a) => textOf(a).trim().replace(/^#/, '')));
    }
  }
  const field = (name: string) => (metas.get(name) ?? []).join(', ');

  const blocks = indexedBlocks(body);
  // Innermost first, so a caption's period also ends its figure.
  for (const el of findAll(body, (e) => RUN_ON.has(e.tagName)).reverse()) {
    // A quote's source reads as one on the page ("— 홍길동, 『바다의 문장』"): an excerpt that starts there too.
    if (el.tagName === 'figcaption' && (attr(el, 'class') ?? '').split(/\s+/).includes('quote-source')) {
      const first = el.childNodes[0];
      if (first) tree.insertTextBefore(el, '— ', first);
    }
    el.tagName = 'div';
    el.nodeName = 'div';
    // Pagefind ends a text in a letter or digit with a period of its own, but not one ending in a sign: a
    // citation ending in 』 would still run on. Not where a metadata field is (in, around or inside the
    // block): the search page shows its text.
    const text = indexedTextOf(el).trim();
    const runsOn = text !== '' && !/[\p{L}\p{N}]$/u.test(text) && !SENTENCE_END.test(text);
    if (runsOn && !holdsMetadata(el)) tree.insertText(el, '.');
  }
  // Each distinct word's letter runs, once: the page's words and its tokens both need them.
  const known = new Map<string, string[]>();
  const pageWords = new Set<string>();
  const runsOf = (word: string) => {
    let runs = known.get(word);
    if (!runs) {
      runs = letterRuns(word);
      known.set(word, runs);
      pageWords.add(runs.join(''));
      for (const run of runs) pageWords.add(run);
    }
    return runs;
  };
  blocks.forEach((block) => block.forEach(runsOf));
  const fields: [string, string[]][] = [
    ['kt', searchTokens(textTokens(field('title')))],
    [
      'kw',
      searchTokens([
        ...[...['work', 'creators', 'issue', 'publisher'].map(field), ...tags].flatMap(textTokens),
        ...joinedNames(field('creators')),
      ]),
    ],
    [
      'kb',
      searchTokens(
        blocks.flatMap((block) => blockTokens(block, runsOf)),
        pageWords,
      ),
    ],
  ];
  for (const [key, tokens] of fields) if (tokens.length) metaAttribute(body, key, tokens.join(' '));
  if (tags.length) metaText(body, 'tags', tags.join(', '));
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${serializeOuter(body)}</body></html>`;
  return { html, tokens: fields.reduce((sum, [, tokens]) => sum + tokens.length, 0) };
}
