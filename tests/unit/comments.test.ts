/**
 * giscus comments: off in the shipped config (nothing rendered, nothing loaded); when switched on, a
 * placeholder that carries the giscus settings for the lazy loader, and no third-party script in the HTML.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

const enabled = {
  enabled: true,
  provider: 'giscus',
  repo: 'owner/blog',
  repoId: 'R_1',
  category: 'Comments',
  categoryId: 'DIC_1',
  mapping: 'pathname',
} as const;

async function render(comments: unknown): Promise<string> {
  vi.resetModules();
  vi.doMock('../../src/site.config', async (importOriginal) => {
    const actual = await importOriginal<typeof import('../../src/site.config')>();
    return { ...actual, siteConfig: { ...actual.siteConfig, comments } };
  });
  const { default: Comments } = await import('../../src/components/Comments.astro');
  const container = await AstroContainer.create();
  return container.renderToString(Comments);
}

// Test files share one module graph (isolate: false): undo the mock so no other file sees it.
afterAll(() => {
  vi.doUnmock('../../src/site.config');
  vi.resetModules();
});

describe('<Comments>', () => {
  it('renders nothing while comments are off', async () => {
    const html = await render({ enabled: false });
    expect(html).not.toContain('giscus');
    expect(html).not.toContain('<section');
  });

  it('renders a labelled placeholder with the giscus settings, loading nothing up front', async () => {
    const html = await render(enabled);
    expect(html).toContain('aria-labelledby="comments-title"');
    expect(html).toMatch(/id="comments-title"[^>]*>댓글</);
    expect(html).toContain('data-giscus-lazy');
    expect(html).toContain('data-repo="owner/blog"');
    expect(html).toContain('data-category-id="DIC_1"');
    expect(html).toContain('data-src="https://giscus.app/client.js"');
    // The giscus script itself is only created by the observer when the reader scrolls near.
    expect(html).not.toMatch(/<script[^>]+src="https:\/\/giscus\.app/);
  });
});
