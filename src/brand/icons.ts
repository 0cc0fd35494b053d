/**
 * The favicon set, drawn from the mark at build time (no binary files to keep in sync): the SVG favicon
 * that follows the colour scheme, an ICO for browsers and tools that ask for /favicon.ico, the
 * apple-touch-icon and the web manifest's icons. sharp rasterises the SVG.
 */
import sharp from 'sharp';
import { icoFromPngs } from '../lib/ico';
import { markSvg } from './mark';

export const MANIFEST_ICON_SIZES = [192, 512] as const;
/** The RSS channel's image: RSS 2.0 allows at most 144 px in width. */
export const RSS_ICON_SIZE = 144;

const png = (svg: string, size: number) =>
  sharp(Buffer.from(svg), { density: 72 * Math.max(1, size / 64) })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();

export const faviconSvg = () => markSvg({ scheme: 'auto' });

export async function faviconIco(): Promise<Uint8Array> {
  const sizes = [16, 32, 48];
  const images = await Promise.all(
    sizes.map(async (size) => ({ size, png: await png(markSvg({ scheme: 'light', size }), size) })),
  );
  return icoFromPngs(images);
}

/** Home-screen icons: the tile inset on the paper colour, since the OS rounds and masks the corners. */
export const homeScreenIcon = (size: number) => png(markSvg({ scheme: 'light', size, padding: 0.12 }), size);

const binary = (body: Uint8Array, type: string) =>
  new Response(new Uint8Array(body), { headers: { 'Content-Type': type } });

export const pngResponse = (body: Uint8Array) => binary(body, 'image/png');
export const icoResponse = (body: Uint8Array) => binary(body, 'image/x-icon');
