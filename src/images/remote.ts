/**
 * Images from other sites. By default a post shows none: a reader's page then asks no third party for
 * anything (no tracking pixel, no hot-linked image that breaks when its site moves), and the CSP allows
 * images from this site only. An author who trusts an image host lists its origin in the site config
 * (`remoteImages`); the CSP then allows it and posts may use it. A remote image from anywhere else fails
 * the build, naming the post and saying what to do, rather than showing readers a broken image.
 */

/** The origin of `src` when it points at another site (https://…, //…), else undefined. */
export function remoteOrigin(src: string): string | undefined {
  if (!/^([a-z][a-z\d+.-]*:)?\/\//i.test(src.trim())) return undefined;
  try {
    return new URL(src.trim(), 'https://example.invalid').origin;
  } catch {
    return undefined;
  }
}

/** Why `src` may not be shown, given the allowed origins; undefined when it may. */
export function remoteImageProblem(src: string, allowed: readonly string[]): string | undefined {
  const origin = remoteOrigin(src);
  if (origin === undefined || allowed.includes(origin)) return undefined;
  const how = origin.startsWith('https:')
    ? ` 그 사이트를 믿는다면 src/site.config.ts의 remoteImages에 '${origin}'을(를) 더해 주세요.`
    : ' https가 아닌 주소의 이미지는 https 페이지에서 막힙니다.';
  return (
    `다른 사이트의 이미지 "${src}"는 실을 수 없습니다 (독자의 브라우저가 그 사이트에 접속하게 되고, 그 사이트가 ` +
    `바뀌면 이미지가 깨집니다). 이미지를 내려받아 글 옆에 두고 ./그림.jpg처럼 쓰세요.${how}`
  );
}
