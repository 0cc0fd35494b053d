/**
 * Sätteri mdast plugin over a post's Markdown images (`![설명](./사진.jpg)`, in .md and .mdx), before
 * Astro's own image step reads them:
 * - an address Astro cannot decode (`./100%.png`: a % not followed by two hex digits) fails the build
 *   naming the post and the line, instead of a bare "URI malformed";
 * - %23 in the address of the post's own image reads as #, like %25 reads as % (src/lib/image-address.ts);
 * - a reference-style image of the post's own (`![설명][r]` with `[r]: ./사진.jpg`) fails too: Astro
 *   processes only inline images, and the reader got a broken image;
 *
 * And a hast plugin, bodyImageSizes: an image of the post's own gets the sizes a <Figure> gets, so a
 * reader's browser picks one near the width of the column. Without them Astro wrote the photo at its
 * full size with no srcset: an 8000×6000 phone photo went out as a 2.5 MB WebP where 1200 pixels (69 KB)
 * were enough. Astro's image step takes these properties from the element and drops widths above the
 * image's own; only the images it will process get them (their addresses are in its localImagePaths).
 */
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { COLUMN_IMAGE_SIZES, COLUMN_IMAGE_WIDTHS } from '../lib/column-images.ts';
import { imageAddressAsDecoded } from '../lib/image-address.ts';
import { postOf } from './post-checks.ts';
import { lineWritten } from './mdx-build.ts';

/** An address of the post's own: not another site's, not a public/ path, not data: or the like. */
const isOwnFile = (url: string) => !/^([a-z][a-z0-9+.-]*:|\/)/i.test(url.trim());

/** Reference definitions of the source (`[r]: ./사진.jpg`), by lower-cased label. */
function definitions(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(/^[ \t>]*\[([^\]\n]+)\]:[ \t]*<?([^\s>]+)>?/gm)) {
    const label = (m[1] ?? '').trim().toLowerCase();
    if (!found.has(label)) found.set(label, m[2] ?? '');
  }
  return found;
}

export const markdownImages = () => (factory: PluginFactoryContext) => {
  if (!factory.source.includes('![')) return null;
  const file = factory.fileURL && fileURLToPath(factory.fileURL);
  const post = postOf(factory);
  const at = (written: string) => {
    const line = file && lineWritten(file, written);
    return `"${post}"${line ? ` ${line}번째 줄` : ''}`;
  };
  let references: Map<string, string> | undefined;
  return defineMdastPlugin({
    name: 'markdown-images',
    image(node, ctx) {
      if (isOwnFile(node.url)) {
        const url = imageAddressAsDecoded(node.url);
        if (url !== node.url) ctx.setProperty(node, 'url', url);
      }
      try {
        decodeURI(node.url);
      } catch {
        throw new Error(
          `${at(node.url)}: 이미지 주소 "${node.url}"을(를) 읽을 수 없습니다. ` +
            '주소 안의 %는 %25로 쓰거나(100%.png → 100%25.png), 파일 이름에서 %를 빼 주세요.',
        );
      }
    },
    imageReference(node) {
      references ??= definitions(factory.source);
      const url = references.get((node.label ?? node.identifier).trim().toLowerCase());
      if (url === undefined || !isOwnFile(url)) return;
      throw new Error(
        `${at(url)}: 참조로 쓴 그림(![설명][이름])은 글 옆의 파일을 싣지 못해 깨져 보입니다. ` +
          `![${node.alt ?? '설명'}](${url})처럼 주소를 바로 적어 주세요.`,
      );
    },
  });
};

export const bodyImageSizes = () => (factory: PluginFactoryContext) => {
  if (!factory.source.includes('![')) return null;
  const mdx = factory.sourceFormat === 'mdx';
  return defineHastPlugin({
    name: 'body-image-sizes',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        const src = node.properties?.src;
        const astro = (ctx.data as { astro?: { localImagePaths?: Set<string> } }).astro;
        if (typeof src !== 'string' || !isOwnFile(src) || !astro?.localImagePaths?.has(safeDecode(src))) return;
        if (node.properties?.widths !== undefined || node.properties?.sizes !== undefined) return;
        // MDX turns the element into Astro's <Image> and splits `widths` at spaces; Markdown hands the
        // properties to getImage as they are, which wants the numbers.
        ctx.setProperty(node, 'widths', mdx ? COLUMN_IMAGE_WIDTHS.join(' ') : [...COLUMN_IMAGE_WIDTHS]);
        ctx.setProperty(node, 'sizes', COLUMN_IMAGE_SIZES);
      },
    },
  });
};

const safeDecode = (src: string) => {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
};
