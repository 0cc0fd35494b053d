/**
 * Drawing a card with takumi (@takumi-rs/core): a native renderer that lays the node tree out and
 * rasterises it straight to PNG, with Pretendard from npm registered once per process. It replaced
 * satori + sharp, which went through an SVG that librsvg then rasterised: 18 ms a card against 6–7 ms,
 * 40 KB against 14 KB (takumi writes a lossless palette PNG; a card has about 85 colours), and 12–18 s
 * of a cold 1,000-post build (docs/benchmarks.md). Nothing is fetched: the renderer has only the fonts
 * it is given, so Hangul needs a Korean font here or it comes out as boxes.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Renderer, type MeasuredNode } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, cardTree, type CardContent, type OgNode } from './card.ts';

/** Pretendard from npm (the site's own typeface), static OTF cuts. */
export const OG_FONT_FILES = [
  { file: 'pretendard/dist/public/static/Pretendard-Medium.otf', weight: 500 },
  { file: 'pretendard/dist/public/static/Pretendard-Bold.otf', weight: 700 },
] as const;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: number;
}

export interface LoadedFonts {
  fonts: CardFont[];
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
  const fonts: CardFont[] = [];
  for (const { file, weight } of OG_FONT_FILES) {
    const data = await readFile(require.resolve(file));
    hash.update(file).update(data);
    fonts.push({ name: OG_FONT_FAMILY, data, weight });
  }
  return { fonts, id: `pretendard-${hash.digest('hex').slice(0, 16)}` };
}

const renderers = new WeakMap<readonly CardFont[], Promise<Renderer>>();

/** A renderer with `fonts` registered, made once per font set (registering parses the font files). */
export function rendererFor(fonts: readonly CardFont[]): Promise<Renderer> {
  let renderer = renderers.get(fonts);
  if (!renderer) {
    renderer = (async () => {
      const r = new Renderer();
      for (const font of fonts) await r.registerFont({ ...font, style: 'normal' });
      return r;
    })();
    renderers.set(fonts, renderer);
  }
  return renderer;
}

const CARD_SIZE = { width: OG_WIDTH, height: OG_HEIGHT };

/** The renderer and `tree` as takumi takes it (its JSX helper reads the React-element shape of card.ts). */
async function prepare(tree: OgNode, fonts: readonly CardFont[]) {
  const [renderer, { node, css }] = await Promise.all([
    rendererFor(fonts),
    fromJsx(tree as unknown as Parameters<typeof fromJsx>[0]),
  ]);
  return { renderer, node, css };
}

/** A PNG of `tree` at `size` (the card, or a smaller tree in the glyph tests). */
export async function renderPng(tree: OgNode, fonts: readonly CardFont[], size = CARD_SIZE): Promise<Buffer> {
  const { renderer, node, css } = await prepare(tree, fonts);
  return renderer.render(node, { ...size, format: 'png', css });
}

/** The layout of `tree`, with its text runs and their positions (for the line-breaking tests). */
export async function measureTree(tree: OgNode, fonts: readonly CardFont[], size = CARD_SIZE): Promise<MeasuredNode> {
  const { renderer, node, css } = await prepare(tree, fonts);
  return renderer.measure(node, { ...size, css });
}

/** A 1200×630 PNG of the card. */
export function renderCardPng(content: CardContent, fonts: readonly CardFont[]): Promise<Buffer> {
  return renderPng(cardTree(content), fonts);
}
