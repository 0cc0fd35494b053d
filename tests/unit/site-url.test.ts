import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from '../../src/urls';

describe('resolveSiteUrl', () => {
  it('falls back to the local preview server', () => {
    expect(resolveSiteUrl({})).toBe('http://localhost:4321/');
  });

  it('uses SITE_URL over anything a host announces', () => {
    expect(
      resolveSiteUrl({
        SITE_URL: 'https://blog.example',
        URL: 'https://x.netlify.app',
        VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app',
      }),
    ).toBe('https://blog.example/');
  });

  it("uses Netlify's URL", () => {
    expect(resolveSiteUrl({ URL: 'https://kimminje.netlify.app' })).toBe('https://kimminje.netlify.app/');
  });

  it("uses Vercel's production host name, adding https://", () => {
    expect(resolveSiteUrl({ VERCEL_PROJECT_PRODUCTION_URL: 'kimminje.vercel.app' })).toBe(
      'https://kimminje.vercel.app/',
    );
  });

  it('treats an empty SITE_URL as unset', () => {
    expect(resolveSiteUrl({ SITE_URL: '', URL: 'https://kimminje.netlify.app' })).toBe('https://kimminje.netlify.app/');
  });

  it('ends the address with a slash, also under a sub-path, and never doubles it', () => {
    expect(resolveSiteUrl({ SITE_URL: 'https://example.com/blog' })).toBe('https://example.com/blog/');
    expect(resolveSiteUrl({ SITE_URL: 'https://example.com/blog/' })).toBe('https://example.com/blog/');
  });

  it('fails the build on a SITE_URL without a scheme instead of writing broken links', () => {
    expect(() => resolveSiteUrl({ SITE_URL: 'blog.example' })).toThrow();
  });
});
