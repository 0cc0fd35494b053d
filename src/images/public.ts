/**
 * Images a post takes from the site's public/ folder (`![](/images/x.png)`, `<img src="/x.png">`): served
 * as they are, so nothing else looks at them. A path with no file behind it fails the build, naming
 * the post, as a missing image beside the post does (otherwise readers get a broken image).
 */
import { statSync } from 'node:fs';
import path from 'node:path';

/**
 * Images the build itself writes at the site's root (src/pages: the social cards, the icons), which are
 * not in public/ but are there for readers.
 */
const GENERATED = /^\/(og\/.+\.png|apple-touch-icon\.png|favicon\.ico|icon-\d+\.png)$/;

const isFile = (file: string) => {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
};

/** Why `src` (a site-relative address) may not be shown; undefined when its file is in `publicDir`. */
export function publicImageProblem(src: string, publicDir: string): string | undefined {
  const address = src.trim();
  if (!address.startsWith('/') || address.startsWith('//')) return undefined;
  if (GENERATED.test(address.split(/[?#]/)[0] ?? '')) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(address.split(/[?#]/)[0] ?? '');
  } catch {
    relative = address;
  }
  const file = path.join(publicDir, relative);
  const inside = !path.relative(publicDir, file).startsWith('..');
  if (inside && isFile(file)) return undefined;
  return (
    `이미지 "${address}"에 해당하는 파일이 public 폴더에 없습니다 (${path.join('public', relative)}). ` +
    '파일 이름과 경로를 확인하거나, 그림을 글 옆에 두고 ./그림.jpg처럼 쓰세요.'
  );
}
