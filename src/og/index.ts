/** Open Graph cards: content in, cached PNG out. */
import { cachedCard, diskCache, type CardCache } from './cache.ts';
import type { CardContent } from './card.ts';
import { cardKey } from './key.ts';
import { loadFonts, renderCardPng } from './render.ts';

export { OG_HEIGHT, OG_WIDTH, type CardContent } from './card.ts';

export interface CardOptions {
  cache?: CardCache;
  /** Project folder whose node_modules holds the fonts. */
  root?: string;
}

const defaultCache = diskCache();

/** The PNG of a card, from the cache when nothing it shows has changed since it was last drawn. */
export async function ogCardPng(content: CardContent, options: CardOptions = {}): Promise<Buffer> {
  const { fonts, id } = await loadFonts(options.root);
  const key = cardKey(content, id);
  return cachedCard(key, options.cache ?? defaultCache, () => renderCardPng(content, fonts));
}
