/**
 * The site's Content Security Policy, beyond the per-page script/style hashes Astro adds. Third-party
 * origins appear only for features that are switched on: with comments off, the policy names no
 * other site at all.
 */
export const GISCUS_ORIGIN = 'https://giscus.app';

export interface CspFeatures {
  comments: { enabled: boolean };
  /** Origins posts may show images from (site config `remoteImages`). */
  remoteImages: readonly string[];
}

/** The directives used here, typed so Astro's config accepts them (its own type is not exported). */
type Directive =
  `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action' | 'frame-src'} ${string}`;

export function cspDirectives(features: CspFeatures): Directive[] {
  const frames: Directive[] = features.comments.enabled ? [`frame-src ${GISCUS_ORIGIN}`] : ["frame-src 'none'"];
  return [
    "default-src 'self'",
    `img-src ${["'self'", 'data:', ...features.remoteImages].join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...frames,
  ];
}

/** script-src sources: this site, Pagefind's WebAssembly (no JS eval), giscus when comments are on. */
export function cspScriptResources(features: CspFeatures): string[] {
  return ["'self'", "'wasm-unsafe-eval'", ...(features.comments.enabled ? [GISCUS_ORIGIN] : [])];
}
