/**
 * The blog's mark: a page of text with a bookmark ribbon, in the accent colour. One drawing for every
 * use: the header's wordmark and the author box draw it inline (coloured by the theme's tokens), the
 * favicon routes render it to SVG, ICO and PNG (src/pages/favicon.*, apple-touch-icon.png, icon-*.png).
 */

/** The palette of each theme (the same values as --accent and --bg in src/styles/global.css). */
export const BRAND_COLORS = {
  light: { accent: '#1f6a5f', paper: '#fbfaf7' },
  dark: { accent: '#7cc8b9', paper: '#15171a' },
} as const;

export const MARK_VIEWBOX = '0 0 64 64';
/** The tile, the lines of text and the ribbon, on a 64 × 64 grid. */
export const MARK_TILE = { width: 64, height: 64, rx: 15 };
export const MARK_LINES = 'M14 23h21M14 33h21M14 43h13';
export const MARK_RIBBON = 'M41 0h12v40l-6-6-6 6z';

/**
 * The mark as a standalone SVG file. `scheme: 'auto'` follows the reader's colour scheme (the favicon);
 * a fixed scheme is for raster icons, which cannot. `padding` (0–1) insets the tile, as home-screen icons
 * want (their corners are rounded by the OS).
 */
export function markSvg({
  scheme,
  size = 64,
  padding = 0,
}: {
  scheme: 'auto' | 'light' | 'dark';
  size?: number;
  padding?: number;
}): string {
  const light = BRAND_COLORS.light;
  const { accent, paper } = scheme === 'dark' ? BRAND_COLORS.dark : light;
  const style =
    scheme === 'auto'
      ? `<style>.t{fill:${light.accent}}.p{fill:${light.paper};stroke:${light.paper}}@media (prefers-color-scheme:dark){.t{fill:${BRAND_COLORS.dark.accent}}.p{fill:${BRAND_COLORS.dark.paper};stroke:${BRAND_COLORS.dark.paper}}}</style>`
      : `<style>.t{fill:${accent}}.p{fill:${paper};stroke:${paper}}</style>`;
  const inset = 64 * padding;
  const scale = (64 - 2 * inset) / 64;
  const group = padding ? ` transform="translate(${inset} ${inset}) scale(${scale})"` : '';
  const background = padding ? `<rect width="64" height="64" fill="${paper}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK_VIEWBOX}" width="${size}" height="${size}">${style}${background}` +
    `<g${group}><rect class="t" width="64" height="64" rx="${MARK_TILE.rx}"/>` +
    `<path class="p" d="${MARK_LINES}" fill="none" stroke-width="5" stroke-linecap="round"/>` +
    `<path class="p" d="${MARK_RIBBON}" stroke="none"/></g></svg>`
  );
}
