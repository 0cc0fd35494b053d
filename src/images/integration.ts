/**
 * Every local raster image a post uses (a cover through image(), a Markdown ![](./x.jpg), an
 * `import x from './x.jpg'` for <Figure>) is decoded once before astro:assets reads it (check.ts), so
 * an image the site cannot convert fails the build naming the post and the image, instead of passing
 * with a warning, a half-grey picture or an English error naming only the image.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { displayPath } from '../loader/files.ts';
import { imageProblem } from './check.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)(\?.*)?$/i;
const POST = /\.(md|mdx)(\?.*)?$/;
const withoutQuery = (id: string) => id.replace(/\?.*$/, '');

export default function imageCheck(): AstroIntegration {
  /** Which posts import an image: resolved image file → importing post files. */
  const importers = new Map<string, Set<string>>();
  return {
    name: 'blog:image-check',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'blog:image-check',
                enforce: 'pre',
                resolveId: {
                  order: 'pre',
                  async handler(source, importer, options) {
                    if (!importer || !IMAGE.test(source) || !POST.test(importer)) return null;
                    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
                    if (resolved) {
                      const file = withoutQuery(resolved.id);
                      const posts = importers.get(file) ?? new Set();
                      importers.set(file, posts.add(withoutQuery(importer)));
                    }
                    return resolved;
                  },
                },
                load: {
                  order: 'pre',
                  filter: { id: IMAGE },
                  async handler(id) {
                    const file = withoutQuery(id);
                    if (!path.isAbsolute(file)) return null;
                    const problem = await imageProblem(file).catch(() => undefined); // missing: Astro says so
                    if (!problem) return null;
                    // Content images (covers, Markdown images) carry their post in ?importer=.
                    const posts = new Set(importers.get(file));
                    const fromQuery = new URLSearchParams(id.split('?')[1] ?? '').get('importer');
                    if (fromQuery) posts.add(fromQuery);
                    const who = [...posts].map((post) => `"${displayPath(post)}"`).join(', ');
                    this.error(`${who ? `${who}의 ` : ''}이미지 "${displayPath(file)}": ${problem}`);
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
