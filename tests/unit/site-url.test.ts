import { describe, expect, it } from 'vitest';
import { isLocalAddress, siteAddress } from '../../src/urls';

const url = (env: Record<string, string | undefined>, configured?: string) => siteAddress(env, configured).url;

describe('siteAddress (the public address of canonical links, feeds and the sitemap)', () => {
  it('falls back to the local preview server, and says so (a build warns about it)', () => {
    expect(siteAddress({})).toEqual({ url: 'http://localhost:4321/', source: 'local' });
  });

  it('uses SITE_URL over the site config, and the config over anything a host announces', () => {
    const host = { URL: 'https://x.netlify.app', VERCEL_PROJECT_PRODUCTION_URL: 'x.vercel.app' };
    expect(siteAddress({ SITE_URL: 'https://blog.example', ...host }, 'https://config.example')).toEqual({
      url: 'https://blog.example/',
      source: 'SITE_URL',
    });
    expect(siteAddress(host, 'https://config.example')).toEqual({
      url: 'https://config.example/',
      source: 'config',
    });
  });

  it("uses Netlify's URL, and Vercel's production host name with https://", () => {
    expect(url({ URL: 'https://kimminje.netlify.app' })).toBe('https://kimminje.netlify.app/');
    expect(url({ VERCEL_PROJECT_PRODUCTION_URL: 'kimminje.vercel.app' })).toBe('https://kimminje.vercel.app/');
  });

  it('treats an empty SITE_URL as unset', () => {
    expect(url({ SITE_URL: '', URL: 'https://kimminje.netlify.app' })).toBe('https://kimminje.netlify.app/');
  });

  it('ends the address with one slash', () => {
    expect(url({ SITE_URL: 'https://blog.example' })).toBe('https://blog.example/');
    expect(url({ SITE_URL: 'https://blog.example/' })).toBe('https://blog.example/');
    expect(url({ SITE_URL: 'https://blog.example//' })).toBe('https://blog.example/');
  });

  it('fails on an address under a sub-path, whose links would point past the site, naming where it came from', () => {
    expect(() => url({ SITE_URL: 'https://example.github.io/blog' })).toThrow(
      /환경 변수 SITE_URL에 적힌 공개 주소 "https:\/\/example\.github\.io\/blog"에 경로가 있습니다[\s\S]*https:\/\/blog\.example\.com/,
    );
    expect(() => url({}, 'https://example.com/blog/')).toThrow(
      /src\/site\.config\.ts의 url에 적힌 공개 주소 "https:\/\/example\.com\/blog\/"/,
    );
    expect(() => url({ URL: 'https://example.com/?x=1' })).toThrow(/Netlify의 URL.*\?나 # 뒤의 부분이 있습니다/);
  });

  it('fails on an address without a scheme, or not on the web, instead of writing broken links', () => {
    expect(() => url({ SITE_URL: 'blog.example' })).toThrow(/"blog\.example"을\(를\) 읽을 수 없습니다/);
    expect(() => url({ SITE_URL: 'ftp://blog.example' })).toThrow(/https:\/\//);
  });

  it('refuses credentials in the address, and drops the dot a host may end in', () => {
    expect(() => url({ SITE_URL: 'https://user:pw@blog.example' })).toThrow(/사용자 이름이나 비밀번호가 있습니다/);
    expect(url({ SITE_URL: 'https://blog.example./' })).toBe('https://blog.example/');
  });

  it('knows this machine’s addresses, which a build warns about as it does the fallback', () => {
    for (const local of ['http://localhost:4321/', 'https://127.0.0.1/', 'http://[::1]:8080/']) {
      expect(isLocalAddress(local), local).toBe(true);
    }
    expect(isLocalAddress('https://blog.example/')).toBe(false);
  });
});
