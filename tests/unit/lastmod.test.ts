import { describe, expect, it } from 'vitest';
import { modifiedTimeFromHtml } from '../../src/seo/sitemap';

describe('modifiedTimeFromHtml', () => {
  it('reads article:modified_time as BaseHead writes it', () => {
    const html =
      '<head><meta property="article:published_time" content="2024-11-02T15:00:00.000Z">' +
      '<meta property="article:modified_time" content="2024-11-20T15:00:00.000Z"></head>';
    expect(modifiedTimeFromHtml(html)).toBe('2024-11-20T15:00:00.000Z');
  });

  it('gives nothing for a page that was never updated', () => {
    expect(
      modifiedTimeFromHtml('<meta property="article:published_time" content="2024-11-02T15:00:00.000Z">'),
    ).toBeUndefined();
    expect(modifiedTimeFromHtml('')).toBeUndefined();
  });
});
