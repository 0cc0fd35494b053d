/**
 * Can the site turn this image into the AVIF/WebP it serves? Astro's sharp service decodes with
 * `failOn: 'none'` and, when sharp gives up (over its pixel limit), logs "Sharp doesn't support this
 * format" and ships the original file under .avif/.webp names: a truncated JPEG is published half grey
 * and a 17000×16000 JPEG at full size, both with exit code 0; random bytes named .jpg fail in English
 * naming only the image. This decodes each image once, small (JPEG shrink-on-load: ~3 ms for a cover,
 * ~90 ms for 24 megapixels), and says in Korean what is wrong.
 */
import { stat } from 'node:fs/promises';
import sharp, { type Metadata } from 'sharp';

/** sharp's default limitInputPixels (0x3FFF × 0x3FFF), which Astro's image service keeps. */
export const PIXEL_LIMIT = 0x3fff * 0x3fff;
/** What the image service turns into AVIF/WebP (an SVG it passes through as it is). */
export const RASTER_IMAGE = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

const checked = new Map<string, Promise<string | undefined>>();

/** undefined when the image is fine; otherwise what is wrong with it, to follow "<where>: ". */
export async function imageProblem(file: string): Promise<string | undefined> {
  const { size, mtimeMs } = await stat(file);
  // Keyed by size and time: in `npm run dev` an image fixed in place is checked again.
  const key = `${file}\0${size}\0${mtimeMs}`;
  let problem = checked.get(key);
  if (!problem) {
    problem = decodeProblem(file, size);
    checked.set(key, problem);
  }
  return problem;
}

async function decodeProblem(file: string, size: number): Promise<string | undefined> {
  if (size === 0) return '파일이 비어 있습니다 (0바이트). 원본 이미지를 다시 복사해 주세요.';
  let metadata: Metadata;
  try {
    metadata = await sharp(file, { limitInputPixels: false }).metadata();
  } catch {
    return (
      '이미지로 읽을 수 없습니다. 이름만 이미지인 다른 파일이거나 손상된 파일입니다. ' +
      '이미지 편집기에서 JPG, PNG 또는 WebP로 다시 저장해 주세요.'
    );
  }
  const { width, height, pages = 1 } = metadata;
  const pixels = width * height * pages;
  if (pixels > PIXEL_LIMIT) {
    return (
      `이미지가 너무 큽니다 (${width}×${height}, ${pixels.toLocaleString('ko-KR')}화소, ` +
      `한도 ${PIXEL_LIMIT.toLocaleString('ko-KR')}화소). 긴 변이 4000px쯤 되게 줄여 저장해 주세요.`
    );
  }
  try {
    await sharp(file, { failOn: 'truncated' }).resize(64).toBuffer();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return /premature|truncat|read error|corrupt|unexpected end/i.test(reason)
      ? `이미지 파일이 중간에 끊겨 있습니다 (${reason}). 복사나 내려받기가 덜 된 파일입니다. 원본에서 다시 저장해 주세요.`
      : `이미지를 풀 수 없습니다 (${reason}). 이미지 편집기에서 다시 저장해 주세요.`;
  }
  return undefined;
}
