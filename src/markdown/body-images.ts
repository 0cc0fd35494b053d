/**
 * Sätteri hast plugin: a Markdown image of the post's own (`![설명](./사진.jpg)`, in .md and .mdx) gets
 * the sizes a <Figure> gets, so a reader's browser picks one near the width of the column. Without
 * them Astro wrote the photo at its full size with no srcset: an 8000×6000 phone photo went out as a
 * 2.5 MB WebP where 1200 pixels (69 KB) were enough. Astro's image step reads these properties from the
 * element (they travel in its __ASTRO_IMAGE_ data) and drops widths above the image's own.
 */
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';

/** The widths and sizes of <Figure> (src/components/mdx/Figure.astro): the post column is 46rem wide. */
export const BODY_IMAGE_WIDTHS = [480, 800, 1200];
export const BODY_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';

export const bodyImages = () => (factory: PluginFactoryContext) => {
  if (!/!\[/.test(factory.source)) return null;
  const mdx = factory.sourceFormat === 'mdx';
  return defineHastPlugin({
    name: 'body-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties?.src;
        // Only the post's own files: another site's image is refused (post-checks.ts), public/ files are served as they are.
        if (typeof src !== 'string' || /^([a-z][a-z0-9+.-]*:|\/)/i.test(src)) return;
        if (node.properties?.widths !== undefined || node.properties?.sizes !== undefined) return;
        // MDX turns the element into Astro's <Image> and splits `widths` at spaces; Markdown hands the
        // properties to getImage as they are, which wants the numbers.
        ctx.setProperty(node, 'widths', mdx ? BODY_IMAGE_WIDTHS.join(' ') : BODY_IMAGE_WIDTHS);
        ctx.setProperty(node, 'sizes', BODY_IMAGE_SIZES);
      },
    },
  });
};
