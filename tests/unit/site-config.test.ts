import { describe, expect, it } from 'vitest';
import { defineSiteConfig, siteConfig as site } from '../../src/site.config';

type Input = Parameters<typeof defineSiteConfig>[0];

/** A config that passes, built from the real one so the two cannot drift apart. */
const valid: Input = { ...site, author: { ...site.author }, nav: site.nav.map((item) => ({ ...item })) };

function errorOf(config: Input): string {
  try {
    defineSiteConfig(config);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected defineSiteConfig to throw');
}

describe('the real site config', () => {
  it('has the blog name, footer line and time zone the author chose', () => {
    expect(site.title).toBe('김민제의 블로그');
    // No fixed line: the footer says "© <years of the posts> 김민제. …" (tests/e2e/site/identity.spec.ts).
    expect(site.copyright).toBeUndefined();
    expect(site.timeZone).toBe('Asia/Seoul');
  });

  it('is Korean', () => {
    expect(site.lang).toBe('ko');
    expect(site.locale).toBe('ko-KR');
  });

  it('passes its own validation unchanged', () => {
    expect(defineSiteConfig(valid)).toEqual(site);
  });
});

describe('defineSiteConfig', () => {
  it('names timeZone and gives an example for a zone that does not exist', () => {
    const message = errorOf({ ...valid, timeZone: 'Asia/Seol' });
    expect(message).toContain('src/site.config.ts의 설정을 고쳐 주세요');
    expect(message).toContain('timeZone: an IANA time zone such as "Asia/Seoul"');
  });

  it('names the nav item whose href is not a site path', () => {
    const nav = [...valid.nav, { label: '깃허브', href: 'https://github.com/' }];
    const message = errorOf({ ...valid, nav });
    expect(message).toContain(`nav.${nav.length - 1}.href: a site path such as "/tags/"`);
  });

  it('wants a trailing slash on nav paths, as the pages are built', () => {
    expect(errorOf({ ...valid, nav: [{ label: '태그', href: '/tags' }] })).toContain('nav.0.href');
  });

  it('names an unknown key, which is most often a typo', () => {
    // @ts-expect-error: the editor flags the typo too; this checks the build does.
    const message = errorOf({ ...valid, titel: '오타' });
    expect(message).toContain('(root)');
    expect(message).toContain('titel');
  });

  it('lists every problem at once', () => {
    const message = errorOf({ ...valid, postsPerPage: 0, lang: 'Korean' });
    expect(message).toContain('postsPerPage');
    expect(message).toContain('lang: a language tag such as "ko"');
  });
});
