/**
 * `cover.src` checked before Astro's image() sees it. Astro accepts an absolute path of this machine
 * and a file outside the posts folder without a word, and blames the others on another page or on the
 * image alone: a public/ path ("ImageNotFound"), a URL ("MissingImageDimension" on /404), an SVG
 * ("UnsupportedImageFormat" on a hashed file name). Each gets a message naming the post and the field,
 * and saying what works instead.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { imageProblem, RASTER_IMAGE } from '../images/check.ts';

const WHAT_WORKS = '표지는 글 파일 옆(글 폴더 안)에 둔 JPG, PNG, WebP 또는 AVIF 파일을 ./cover.jpg처럼 적어 주세요.';

export function missingCoverMessage(postFile: string, src: string, resolved: string): string {
  return (
    `"${postFile}"의 cover.src 이미지 "${src}"을(를) 찾을 수 없습니다 (찾아본 위치: ${resolved}). ` +
    '이미지를 글 파일 옆에 두고, 파일 이름의 철자와 확장자(.jpg, .png 등)가 맞는지 확인해 주세요.'
  );
}

/**
 * What is wrong with `src` as the cover of the post at `postFile` (absolute) in the posts folder `base`,
 * or undefined. `shown` is how messages name the post.
 */
export async function coverProblem(
  src: string,
  postFile: string,
  base: string,
  shown: string,
  show: (file: string) => string,
): Promise<string | undefined> {
  const fail = (why: string) => `"${shown}"의 cover.src "${src}": ${why} ${WHAT_WORKS}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) {
    return fail(
      '인터넷 주소는 표지로 쓸 수 없습니다 (크기를 미리 알 수 없고, 빌드할 때마다 내려받을 수도 없습니다). 이미지를 내려받아 글 옆에 두세요.',
    );
  }
  if (src.startsWith('/')) {
    if (existsSync(path.join('public', src))) {
      return fail(`public/ 폴더의 파일(public${src})은 최적화되지 않아 표지로 쓸 수 없습니다. 글 폴더로 옮겨 주세요.`);
    }
    if (existsSync(src)) return fail('이 컴퓨터의 절대 경로는 배포 서버나 다른 컴퓨터에서 찾을 수 없습니다.');
    return fail('"/"로 시작하는 경로는 쓸 수 없습니다.');
  }
  if (/^[~@]/.test(src)) return fail('가져오기 별칭(~, @)은 표지 경로로 쓸 수 없습니다.');
  const resolved = path.resolve(path.dirname(postFile), src);
  if (!existsSync(resolved)) return missingCoverMessage(shown, src, show(resolved));
  const relative = path.relative(realpathSync(base), realpathSync(resolved));
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return fail(`글 폴더 밖의 파일(${show(resolved)})은 글과 함께 옮겨지지 않습니다.`);
  }
  if (/\.svg$/i.test(src)) {
    return fail(
      'SVG는 표지로 쓸 수 없습니다 (표지는 AVIF/WebP로 바꿔 싣는데 SVG는 바꾸지 않습니다). PNG로 내보내 주세요.',
    );
  }
  if (!RASTER_IMAGE.test(src)) return fail('이미지 파일의 확장자가 아닙니다.');
  const problem = await imageProblem(resolved);
  return problem ? fail(problem) : undefined;
}
