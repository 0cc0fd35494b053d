/**
 * netlify.toml and vercel.json must deploy the same site: same build, same output folder, same
 * security headers and caching, and both in step with astro.config.mjs.
 */
import { readFileSync } from 'node:fs';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import astroConfig from '../../astro.config.mjs';

const netlify = parseToml(readFileSync('netlify.toml', 'utf8')) as {
  build: { command: string; publish: string; environment: { NODE_VERSION: string } };
  headers: { for: string; values: Record<string, string> }[];
};
const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as {
  buildCommand: string;
  outputDirectory: string;
  trailingSlash: boolean;
  headers: { source: string; headers: { key: string; value: string }[] }[];
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };

/** Header name → value for a path pattern, with Netlify's "/*" and Vercel's "/(.*)" as one key. */
const netlifyHeaders = (pattern: string) =>
  Object.fromEntries(
    Object.entries(netlify.headers.find((h) => h.for === pattern)?.values ?? {}).map(([k, v]) => [k.toLowerCase(), v]),
  );
const vercelHeaders = (pattern: string) =>
  Object.fromEntries(
    (vercel.headers.find((h) => h.source === pattern)?.headers ?? []).map(({ key, value }) => [
      key.toLowerCase(),
      value,
    ]),
  );

describe('deploy configs', () => {
  it('build with the same command into the folder Astro writes', () => {
    expect(netlify.build.command).toBe('npm run build');
    expect(vercel.buildCommand).toBe('npm run build');
    expect(netlify.build.publish).toBe('dist');
    expect(vercel.outputDirectory).toBe('dist');
    expect(astroConfig.outDir).toBe('./dist');
  });

  it('agree with astro.config.mjs on trailing slashes and directory output', () => {
    expect(astroConfig.trailingSlash).toBe('always');
    expect(astroConfig.build?.format).toBe('directory');
    expect(vercel.trailingSlash).toBe(true);
  });

  it('pin a Node that Astro 7 supports, matching engines and .nvmrc', () => {
    const major = Number(netlify.build.environment.NODE_VERSION);
    expect(major).toBeGreaterThanOrEqual(22);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe(String(major));
    expect(pkg.engines.node).toBe('>=22.12.0');
  });

  it('send the same security headers on every path', () => {
    const n = netlifyHeaders('/*');
    const v = vercelHeaders('/(.*)');
    expect(n).toEqual(v);
    expect(n['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(n['strict-transport-security']).toMatch(/max-age=\d{8,}/);
    // This host only: the blog cannot know what else lives under the owner's domain.
    expect(n['strict-transport-security']).not.toContain('includeSubDomains');
    expect(n['x-content-type-options']).toBe('nosniff');
    expect(n['referrer-policy']).toBeTruthy();
    expect(n['permissions-policy']).toContain('camera=()');
  });

  it('cache hashed assets for a year, immutable, on both hosts', () => {
    const n = netlifyHeaders('/_astro/*');
    const v = vercelHeaders('/_astro/(.*)');
    expect(n).toEqual(v);
    expect(n['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
