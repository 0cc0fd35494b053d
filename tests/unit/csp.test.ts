import { describe, expect, it } from 'vitest';
import { cspDirectives, cspScriptResources, GISCUS_ORIGIN } from '../../src/security/csp';
import { siteConfig as site } from '../../src/site.config';

describe('CSP', () => {
  it('names no third party while comments are off (the shipped default)', () => {
    expect(site.comments.enabled).toBe(false);
    const policy = [...cspDirectives(site), ...cspScriptResources(site)].join(' ');
    expect(policy).not.toMatch(/https?:/);
    expect(cspDirectives(site)).toContain("frame-src 'none'");
    expect(cspScriptResources(site)).not.toContain("'unsafe-inline'");
  });

  it('allows giscus, and only giscus, once comments are on', () => {
    const on = { comments: { enabled: true }, remoteImages: [] };
    expect(cspDirectives(on)).toContain(`frame-src ${GISCUS_ORIGIN}`);
    expect(cspScriptResources(on)).toContain(GISCUS_ORIGIN);
    expect(cspScriptResources(on)).not.toContain("'unsafe-inline'");
  });

  it('allows images from this site only, plus the origins the site config lists', () => {
    expect(cspDirectives(site)).toContain("img-src 'self' data:");
    const listed = { comments: { enabled: false }, remoteImages: ['https://images.example.com'] };
    expect(cspDirectives(listed)).toContain("img-src 'self' data: https://images.example.com");
  });
});
