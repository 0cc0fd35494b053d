/**
 * A post's body as HTML, rendered once per build through Astro's Container API and shared by the post
 * page and both feeds. The feeds need the body as a string anyway; before, the page rendered it a
 * second time in place, 960 extra renders in a 1,000-post build (about 2.5 s of a 35 s cold build,
 * docs/benchmarks.md). MDX components render exactly as on the site: the same components, passed the
 * same way. The container has no page around it, so the review components may have no `<script>` and
 * may not read Astro.site, Astro.url or Astro.locals (tests/unit/mdx-components.test.ts holds them to it).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { bodiesInPlace } from '../build/env';
import { displayPath, entryFile } from '../loader/files';
import { blockedElementProblem } from '../markdown/post-checks';
import { importsOnlyImages } from '../markdown/esm';
import { postRenderError } from '../markdown/render-errors';
import { mdxComponents } from '../components/mdx';

type Entry = CollectionEntry<'posts'>;

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

async function renderBody(entry: Entry): Promise<string> {
  let html: string;
  try {
    const [c, { Content }] = await Promise.all([getContainer(), render(entry)]);
    html = await c.renderToString(Content, { props: { components: mdxComponents } });
  } catch (error) {
    // The feed is often the first page to render a post: name the post, not /feed.json.
    throw postRenderError(entryFile(entry.filePath ?? entry.id), error);
  }
  const problem = blockedElementProblem(html);
  if (problem) throw new Error(`"${displayPath(entryFile(entry.filePath ?? entry.id))}": ${problem}`);
  return html;
}

const rendered = new Map<string, Promise<string>>();

/**
 * The rendered body of `entry`, its URLs as written (the feeds make them absolute). In `npm run dev`
 * it is rendered every time, so an edited post never shows an old body.
 */
export async function bodyHtml(entry: Entry): Promise<string> {
  if (import.meta.env.DEV) return renderBody(entry);
  let html = rendered.get(entry.id);
  if (html) {
    // Cheap (the body is not rendered), and it tells Astro that this page shows the entry too.
    await render(entry);
  } else {
    html = renderBody(entry);
    rendered.set(entry.id, html);
  }
  return html;
}

/**
 * Whether the post page (src/components/PostBody.astro) may show `bodyHtml` rather than render the body
 * in place: in a build, for a post that imports nothing but images. A component an MDX post imports can
 * bring styles and scripts, which reach the page only when the page renders the body itself; the review
 * components every post may use without importing them are imported by PostBody.astro, so their
 * styles are on every post page either way. In dev the page renders in place, for Vite's updates.
 */
export function pageUsesBodyHtml(entry: Entry): boolean {
  return !import.meta.env.DEV && !bodiesInPlace() && rendersAsHtml(entry);
}

/** Whether `entry`'s body renders as `bodyHtml` in a build: a post that imports nothing but images. */
export function rendersAsHtml(entry: Entry): boolean {
  // Without the source to read (a loader that keeps no body), in place is the safe answer.
  if (!entry.filePath || entry.body === undefined) return false;
  return !entry.filePath.endsWith('.mdx') || importsOnlyImages(entry.body);
}

/**
 * In `npm run dev`, throws what rendering `entry`'s body as a build does would throw: the error named
 * after the post (render-errors.ts). In place, a review component's error (`<Quote sorce="…">`) blames
 * the component's file, and the overlay's "open in editor" opened props.ts instead of the post. Only for
 * a post whose body the build renders that way, so dev fails exactly where a build would.
 */
export async function checkBodyInDev(entry: Entry): Promise<void> {
  if (import.meta.env.DEV && rendersAsHtml(entry)) await renderBody(entry);
}
