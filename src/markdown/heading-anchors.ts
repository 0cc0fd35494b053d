/**
 * Sätteri hast plugin: gives every h2–h4 in a post a "#" link to itself, so a reader can copy a link to a
 * section. It sets the heading's id with github-slugger exactly as Astro's own heading-ids step would
 * (that step runs after user plugins and keeps an existing id), so the TOC and the anchors agree.
 * The link holds no text node (the "#" is drawn by CSS), so the heading text Astro collects for the
 * table of contents stays clean; its accessible name comes from aria-label.
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';

/**
 * Ids the page around a post already uses (src/components, src/layouts, and GFM's footnotes heading):
 * a heading called "main" or "toc-title" gets "main-1", so no id is on a page twice.
 */
export const LAYOUT_IDS = [
  'top',
  'main',
  'author-box-name',
  'toc-title',
  'footnote-label',
  'series-title',
  'related-title',
  'comments-title',
  'search-input',
  'search-hint',
  'search-results',
];

/**
 * Ids a post's own body gives out as it compiles: its quotes' anchors (quote-anchors.ts: quote-1, …,
 * linked from the quotes page) and GFM's footnotes. A heading "Quote 1" would take the first quote's
 * anchor, so the quotes page's link would land on the heading.
 */
const BODY_IDS = /^(quote-\d+|user-content-fn(ref)?-.+)$/;

/** `label` names the link for screen readers, from the heading's text (a string of the UI table). */
export const headingAnchors = (label: (heading: string) => string) => (factory: PluginFactoryContext) => {
  const slugger = new GithubSlugger();
  for (const id of LAYOUT_IDS) slugger.slug(id);
  // The ids authors give quotes (<Quote id="서론">): a heading "서론" then takes "서론-1".
  for (const m of factory.source.matchAll(/<Quote\b[^>]*?\bid=["']([^"']+)["']/g)) if (m[1]) slugger.slug(m[1]);
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      // Every level gets its id here (Astro's own step keeps it), so the reserved ids hold for all.
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        // The footnotes heading is for screen readers only (class sr-only): a visible "#" would float alone.
        const className = node.properties?.['className'];
        if (Array.isArray(className) && className.includes('sr-only')) return;
        const text = ctx.textContent(node);
        const existing = node.properties?.['id'];
        // A heading of emoji or punctuation only slugs to nothing: it still needs an id of its own.
        let id =
          typeof existing === 'string' && existing !== '' ? existing : slugger.slug(text) || slugger.slug('heading');
        // Asked again, the slugger gives the next form ("quote-1-1"), which no quote or footnote takes.
        if (id !== existing && BODY_IDS.test(id)) id = slugger.slug(text);
        if (id !== existing) ctx.setProperty(node, 'id', id);
        if (!['h2', 'h3', 'h4'].includes(node.tagName)) return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: label(text) },
          children: [],
        });
      },
    },
  });
};
