/**
 * Sätteri hast plugins over every post body (.md and .mdx), each skipped by its factory for the bodies
 * that cannot need it (a cheap look at the source):
 * - remoteImages: an <img>, ![](…), <Figure src="…"> or <img> in MDX pointing at another site fails the
 *   build naming the post, unless its origin is allowed (src/images/remote.ts).
 * - dropXmlInvalid: characters XML and HTML forbid (src/lib/xml.ts) are removed from the text of
 *   Markdown posts, so no page or feed carries them; the loader warns about them, naming the file.
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { remoteImageProblem } from '../images/remote.ts';
import { stripXmlInvalid, xmlInvalidCharacters } from '../lib/xml.ts';
import { displayPath } from '../loader/files.ts';

const postOf = (ctx: { fileURL: URL | undefined }) => (ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : '글');

const IMAGE_ELEMENTS = ['img', 'Figure', 'Image', 'Picture'];

export const remoteImages = (allowed: readonly string[]) => (factory: PluginFactoryContext) => {
  if (!/\/\//.test(factory.source)) return null;
  const check = (src: unknown) => {
    const problem = typeof src === 'string' ? remoteImageProblem(src, allowed) : undefined;
    if (problem) throw new Error(`"${postOf(factory)}": ${problem}`);
  };
  const jsx = {
    filter: IMAGE_ELEMENTS,
    visit(node: { attributes: readonly { type: string; name?: string; value?: unknown }[] }) {
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && a.name === 'src') check(a.value);
    },
  };
  return defineHastPlugin({
    name: 'remote-images',
    element: { filter: ['img', 'source'], visit: (node) => check(node.properties?.['src']) },
    mdxJsxFlowElement: jsx,
    mdxJsxTextElement: jsx,
  });
};

/** For Markdown posts: .mdx sources lose these characters before they compile (mdx-build.ts). */
export const dropXmlInvalid = () => (factory: PluginFactoryContext) => {
  if (xmlInvalidCharacters(factory.source).length === 0) return null;
  return defineHastPlugin({
    name: 'drop-xml-invalid',
    text: (node) => ({ ...node, value: stripXmlInvalid(node.value) }),
    element: {
      // The attributes Markdown writes from an author's text: link and image titles, image alt.
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const key of ['title', 'alt']) {
          const value = node.properties?.[key];
          if (typeof value === 'string') ctx.setProperty(node, key, stripXmlInvalid(value));
        }
      },
    },
  });
};
