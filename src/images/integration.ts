/**
 * Every local raster image a post uses (a cover through image(), a Markdown ![](./x.jpg), an
 * `import x from './x.jpg'` for <Figure>) is decoded once before astro:assets reads it (check.ts), so
 * an image the site cannot convert fails the build naming the post and the image, instead of passing
 * with a warning, a half-grey picture or an English error naming only the image.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { imageAddressWritten } from '../lib/image-address.ts';
import { displayPath } from '../loader/files.ts';
import { lineWritten, missingImportHint } from '../markdown/mdx-build.ts';
import { imageProblem } from './check.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)(\?.*)?$/i;
const POST = /\.(md|mdx)(\?.*)?$/;
/** Astro's mark on an image a content entry names (a Markdown post's ![](./x.png)), with ?importer=. */
const CONTENT_IMAGE = /[?&]astroContentImageFlag(?:[&=]|$)/;
const withoutQuery = (id: string) => id.replace(/\?.*$/, '');

export default function imageCheck(): AstroIntegration {
  /** Which posts import an image: resolved image file → importing post files. */
  const importers = new Map<string, Set<string>>();
  let root = process.cwd();
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
                configResolved(config: { root: string }) {
                  root = config.root;
                },
                resolveId: {
                  order: 'pre',
                  async handler(source, importer, options) {
                    if (CONTENT_IMAGE.test(source)) {
                      // Astro would say "ImageNotFound" in English, naming neither the post nor the line.
                      const [base = '', query] = source.split('?');
                      const post = new URLSearchParams(query).get('importer');
                      if (!post) return null;
                      // Read exactly as Astro reads it (a URL relative to the root), so that what is missing
                      // here is what Astro would not find; a name Astro cannot read either is left to Astro.
                      let file: string;
                      try {
                        file = fileURLToPath(new URL(post, pathToFileURL(path.join(root, path.sep))));
                      } catch {
                        return null;
                      }
                      if (await this.resolve(base, file, { ...options, skipSelf: true })) return null;
                      const line = imageAddressWritten(base)
                        .map((form) => lineWritten(file, form))
                        .find((at) => at !== undefined);
                      this.error(missingImportHint(`"${displayPath(file)}"`, line, base));
                    }
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
