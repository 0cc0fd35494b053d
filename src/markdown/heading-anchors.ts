/**
 * Sätteri hast plugin: gives every h2–h4 in a post a "#" link to itself, so a reader can copy a link to a
 * section. It sets the heading's id with github-slugger exactly as Astro's own heading-ids step would
 * (that step runs after user plugins and keeps an existing id), so the TOC and the anchors agree.
 * The link holds no text node (the "#" is drawn by CSS), so the heading text Astro collects for the
 * table of contents stays clean; its accessible name comes from aria-label.
 */
import GithubSlugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/** `label` names the link for screen readers, from the heading's text (a string of the UI table). */
export const headingAnchors = (label: (heading: string) => string) => () => {
  const slugger = new GithubSlugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node, ctx) {
        // The footnotes heading is for screen readers only (class sr-only): a visible "#" would float alone.
        const className = node.properties?.['className'];
        if (Array.isArray(className) && className.includes('sr-only')) return;
        const text = ctx.textContent(node);
        const existing = node.properties?.['id'];
        const id = typeof existing === 'string' ? existing : slugger.slug(text);
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
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
