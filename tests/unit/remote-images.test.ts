import { describe, expect, it } from 'vitest';
import { remoteImageProblem, remoteOrigin } from '../../src/images/remote';

describe('images from other sites', () => {
  it('tells this site’s images from other sites’', () => {
    expect(remoteOrigin('./cover.jpg')).toBeUndefined();
    expect(remoteOrigin('/images/map.png')).toBeUndefined();
    expect(remoteOrigin('data:image/png;base64,AAAA')).toBeUndefined();
    expect(remoteOrigin('https://images.example.com/a/b.png?x=1')).toBe('https://images.example.com');
    expect(remoteOrigin('//cdn.example.com/x.png')).toBe('https://cdn.example.com');
    expect(remoteOrigin('HTTP://Example.com/x.png')).toBe('http://example.com');
  });

  it('refuses another site’s image unless its origin is listed, and says how to list it', () => {
    const problem = remoteImageProblem('https://images.example.com/x.png', []);
    expect(problem).toContain('다른 사이트의 이미지');
    expect(problem).toContain("remoteImages에 'https://images.example.com'");
    expect(remoteImageProblem('https://images.example.com/x.png', ['https://images.example.com'])).toBeUndefined();
    expect(remoteImageProblem('https://other.example.com/x.png', ['https://images.example.com'])).toBeDefined();
    expect(remoteImageProblem('./local.png', [])).toBeUndefined();
  });

  it('refuses a plain-http image even from a listed site: an https page blocks it', () => {
    expect(remoteImageProblem('http://images.example.com/x.png', ['https://images.example.com'])).toContain(
      'https가 아닌',
    );
  });
});
