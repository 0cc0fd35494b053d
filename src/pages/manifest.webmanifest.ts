/** The web manifest: the blog's name, colours and home-screen icons, from the site config. */
import type { APIRoute } from 'astro';
import { BRAND_COLORS } from '../brand/mark';
import { MANIFEST_ICON_SIZES } from '../brand/icons';
import { siteConfig } from '../site.config';
import { HOME_PATH, iconPath } from '../urls';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteConfig.title,
      short_name: siteConfig.title,
      description: siteConfig.description,
      lang: siteConfig.lang,
      start_url: HOME_PATH,
      display: 'browser',
      background_color: BRAND_COLORS.light.paper,
      theme_color: BRAND_COLORS.light.paper,
      icons: [
        ...MANIFEST_ICON_SIZES.map((size) => ({
          src: iconPath(size),
          sizes: `${size}x${size}`,
          type: 'image/png',
        })),
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
