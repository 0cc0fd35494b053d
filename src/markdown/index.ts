/**
 * How posts' Markdown and MDX become HTML: Astro 7's Sätteri processor with heading anchors and
 * footnotes labelled in the site's language, and Prism highlighting. astro.config.mjs passes the string
 * table of the config it loaded.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroUserConfig } from 'astro';
import type { Strings } from '../i18n/tables.ts';
import type { SiteConfig } from '../site.config.ts';
import { bodyImageSizes, markdownImages } from './body-images.ts';
import { codeLanguages } from './code-languages.ts';
import { headingAnchors } from './heading-anchors.ts';
import { middleDots } from './middle-dots.ts';
import { blockedHtml, cleanBodyText, componentsInMarkdown, imageSources } from './post-checks.ts';
import { quoteAnchors } from './quote-anchors.ts';
import { proseTables } from './tables.ts';

export { default as mdxBuild, mdxSource } from './mdx-build.ts';

/**
 * The id of the heading GFM puts over the footnotes: a heading for screen readers only (class sr-only),
 * so the table of contents leaves it out.
 */
export const FOOTNOTES_HEADING_ID = 'footnote-label';

/** A post's warning in the build log (the plugins run before any integration's logger exists). */
const warn = (message: string) => console.warn(`[blog] ${message}`);

/** `publicDir`: the site's public/ folder, where a post's "/…" image addresses must lead to a file. */
export function markdownConfig(
  { ui }: Strings,
  config: Pick<SiteConfig, 'remoteImages'>,
  publicDir: string,
): NonNullable<AstroUserConfig['markdown']> {
  return {
    processor: satteri({
      // Before Prism: fence languages it knows, in its spelling (code-languages.ts says why).
      mdastPlugins: [codeLanguages(warn), markdownImages()],
      // Quote anchors number <Quote>s for the quotes page; tables get a scrolling box; middle-dot runs stay whole.
      hastPlugins: [
        headingAnchors(ui.headingLink),
        quoteAnchors,
        proseTables(ui.tableLabel),
        middleDots,
        imageSources(config.remoteImages, publicDir),
        componentsInMarkdown(),
        blockedHtml(warn),
        cleanBodyText(),
        bodyImageSizes(),
      ],
      features: {
        gfm: {
          footnotes: {
            label: ui.footnotes.label,
            backLabel: ui.footnotes.backLabel,
            // The arrow as text (U+FE0E): phones otherwise draw ↩ as a coloured emoji.
            backContent: '↩\uFE0E',
          },
        },
        // Astro hands over the body with its frontmatter already cut off: a body that opens with a rule
        // (---, a paragraph, ---) was read as a second frontmatter and its first paragraph lost.
        frontmatter: false,
      },
    }),
    // Prism marks tokens with classes (coloured in prose.css for both themes); Shiki's inline styles
    // would need 'unsafe-inline' styles under the CSP.
    syntaxHighlight: 'prism',
  };
}
