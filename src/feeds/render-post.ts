/**
 * A post's body as HTML outside of a page (for feeds), through Astro's Container API so MDX components
 * render exactly as on the site. One container serves the whole build.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { entryFile } from '../loader/files';
import { postRenderError } from '../markdown/render-errors';
import { absolutizeUrls } from './absolute-urls';
import { mdxComponents } from '../components/mdx';

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

/**
 * The rendered body of `entry`, with absolute URLs resolved against `pageUrl`. The review components are
 * passed as on the post page, so MDX posts can use them without imports in feeds too.
 */
export async function renderPostHtml(entry: CollectionEntry<'posts'>, pageUrl: URL): Promise<string> {
  try {
    const [c, { Content }] = await Promise.all([getContainer(), render(entry)]);
    return absolutizeUrls(await c.renderToString(Content, { props: { components: mdxComponents } }), pageUrl);
  } catch (error) {
    // The feed is often the first page to render a post: name the post, not /feed.json.
    throw postRenderError(entryFile(entry.filePath ?? entry.id), error);
  }
}
