/**
 * The public address of the site, for canonical URLs, feeds and the sitemap. SITE_URL wins; otherwise
 * the address the host announces during its build (Netlify: URL; Vercel: VERCEL_PROJECT_PRODUCTION_URL),
 * so a deploy gets correct absolute links without editing code. Local builds fall back to the preview
 * server's address.
 */
export function resolveSiteUrl(env: Record<string, string | undefined>): string {
  const raw =
    env.SITE_URL ||
    env.URL ||
    (env.VERCEL_PROJECT_PRODUCTION_URL ? `https://${env.VERCEL_PROJECT_PRODUCTION_URL}` : '') ||
    'http://localhost:4321';
  const url = new URL(raw);
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return url.href;
}
