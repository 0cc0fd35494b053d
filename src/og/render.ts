/**
 * Drawing a card: satori lays the tree out and turns the text into <path> glyphs, sharp (librsvg)
 * rasterises the SVG. No font is needed at raster time, and nothing is fetched.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, cardTree, type CardContent, type OgNode } from './card.ts';

/**
 * Pretendard from npm (the site's own typeface), static OTF cuts: satori draws only the glyphs of the
 * fonts it is given, so Hangul needs a Korean font here or it comes out as boxes.
 */
export const OG_FONT_FILES = [
  { file: 'pretendard/dist/public/static/Pretendard-Medium.otf', weight: 500 },
  { file: 'pretendard/dist/public/static/Pretendard-Bold.otf', weight: 700 },
] as const;

export interface LoadedFonts {
  fonts: Font[];
  /** Identity of the font files (a hash of their bytes), part of every cache key. */
  id: string;
}

const loaded = new Map<string, Promise<LoadedFonts>>();

/** The card fonts, read once per process. `root` is the project folder whose node_modules holds them. */
export function loadFonts(root: string = process.cwd()): Promise<LoadedFonts> {
  let fonts = loaded.get(root);
  if (!fonts) {
    fonts = readFonts(root);
    loaded.set(root, fonts);
  }
  return fonts;
}

async function readFonts(root: string): Promise<LoadedFonts> {
  const require = createRequire(path.join(root, 'package.json'));
  const hash = createHash('sha256');
  const fonts: Font[] = [];
  for (const { file, weight } of OG_FONT_FILES) {
    const data = await readFile(require.resolve(file));
    hash.update(file).update(data);
    fonts.push({ name: OG_FONT_FAMILY, data, weight, style: 'normal' });
  }
  return { fonts, id: `pretendard-${hash.digest('hex').slice(0, 16)}` };
}

/** The SVG satori draws for a tree (exported for the glyph tests). */
export function renderSvg(tree: OgNode, fonts: Font[], size = { width: OG_WIDTH, height: OG_HEIGHT }): Promise<string> {
  return satori(tree, { ...size, fonts });
}

/**
 * A 1200×630 PNG of the card: RGB (the card is opaque), zlib level 6, about 35 KB. Quantising to a
 * 256-colour palette would halve the file but cost about 40 ms more CPU per card, which at a thousand
 * posts was most of a cold build; the cards are fetched by link-preview crawlers, not by readers.
 */
export async function renderCardPng(content: CardContent, fonts: Font[]): Promise<Buffer> {
  const svg = await renderSvg(cardTree(content), fonts);
  return sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 6 }).toBuffer();
}
