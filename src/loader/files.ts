/**
 * The files of a posts folder, looked at before Astro's glob() reads them: glob() skips `review.MDX`
 * and `x.markdown` without a word, follows links out of the folder, fails on a name with no letter
 * ("ID must be a non-empty string", no file named) and lets a 250-byte name crash the bundler. Each
 * case becomes a Korean message that names the file and says what to do.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { postIdFromPath } from './post-id.ts';

/** A path the author recognises: relative to the project folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * The file of a content entry, absolute. Astro stores `entry.filePath` relative to its root, and a build
 * runs in a root of its own (src/build/env.ts), which astro.config.mjs names in BLOG_BUILD_ROOT.
 */
export function entryFile(filePath: string): string {
  return path.resolve(process.env.BLOG_BUILD_ROOT ?? process.cwd(), filePath);
}

/**
 * The longest post id, in UTF-8 bytes (50 Hangul syllables, 150 ASCII letters). File systems allow 255
 * bytes a name, but the id also names the page's folder and the bundler's chunks, which add to it.
 */
export const ID_MAX_BYTES = 150;

const WRONG_CASE = /\.(md|mdx)$/i;
const OTHER_MARKDOWN = /\.(markdown|mdown|mkdn?|mkd|mdwn|mdtxt|mdtext)$/i;

/** Why the post file at `relative` (inside the posts folder) cannot get an id, if it cannot. */
export function idProblem(relative: string, shown: string): string | undefined {
  // Astro's glob() opens the file through a URL, where "#" and "?" end the path: the post was dropped
  // with an English log line ("Error reading 리뷰#2.md") and the build went on without it.
  const sign = /[#?]/.exec(relative)?.[0];
  if (sign) {
    return (
      `"${shown}": 파일이나 폴더 이름에 "${sign}"이(가) 있어 글을 읽을 수 없습니다 ("#"과 "?"에서 파일 주소가 끊깁니다). ` +
      `이 기호를 빼거나 다른 글자로 바꿔 주세요. 예: 리뷰#2.md → 리뷰-2.md`
    );
  }
  const id = postIdFromPath(relative);
  if (id === '') {
    return (
      `"${shown}": 파일 이름에 글자나 숫자가 없어 글 주소를 만들 수 없습니다 (이모지와 기호는 주소에서 빠집니다). ` +
      '글자나 숫자가 든 이름으로 바꿔 주세요. 예: my-review.mdx'
    );
  }
  if (id !== undefined && Buffer.byteLength(id) > ID_MAX_BYTES) {
    return (
      `"${shown}": 파일 이름이 너무 깁니다 (주소 ${[...id].length}자, ${Buffer.byteLength(id)}바이트; ` +
      `${ID_MAX_BYTES}바이트, 한글로 50자까지). 짧은 이름으로 바꿔 주세요. 긴 제목은 frontmatter의 title에 적습니다.`
    );
  }
  return undefined;
}

/** Files of the posts folder that cannot be posts as they are; Astro shows the first file as the location. */
export class PostFilesError extends Error {
  override name = 'PostFilesError';
  loc: { file: string };
  constructor(problems: readonly { file: string; message: string }[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.loc = { file: problems[0]?.file ?? '' };
  }
}

/** Problems with the files of the posts folder `base` (absolute), and the posts it holds. */
export function checkPostFiles(base: string): {
  problems: { file: string; message: string }[];
  /** The post files (absolute), for reading them again when a build reports what is wrong with them. */
  files: string[];
} {
  if (!existsSync(base) || !statSync(base).isDirectory()) {
    const message = `글 폴더 "${displayPath(base)}"이(가) 없습니다. BLOG_CONTENT_DIR 값(없으면 src/content/posts)을 확인해 주세요.`;
    return { problems: [{ file: base, message }], files: [] };
  }
  const problems: { file: string; message: string }[] = [];
  const files: string[] = [];
  const inside = (file: string) => {
    const relative = path.relative(realpathSync(base), file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };
  for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const relative = path.relative(base, full);
    // Notes to self (_x.md) and hidden files (.DS_Store, editor swap files) are not posts.
    if (relative.split(path.sep).some((part) => part.startsWith('_') || part.startsWith('.'))) continue;
    const shown = displayPath(full);
    if (entry.isSymbolicLink()) {
      let target: string | undefined;
      try {
        target = realpathSync(full);
      } catch {
        problems.push({
          file: full,
          message: `"${shown}": 가리키는 파일이 없는 바로 가기(심볼릭 링크)입니다. 지워 주세요.`,
        });
        continue;
      }
      if (!inside(target)) {
        problems.push({
          file: full,
          message:
            `"${shown}": 글 폴더 밖(${target})을 가리키는 바로 가기(심볼릭 링크)입니다. 배포 서버나 다른 컴퓨터에는 ` +
            '그 파일이 없습니다. 파일을 글 폴더로 복사해 주세요.',
        });
        continue;
      }
    }
    if (/\.(md|mdx)$/.test(entry.name)) {
      files.push(full);
      const problem = idProblem(relative, shown);
      if (problem) problems.push({ file: full, message: problem });
    } else if (WRONG_CASE.test(entry.name)) {
      const fixed = entry.name.replace(WRONG_CASE, (ext) => ext.toLowerCase());
      problems.push({
        file: full,
        message: `"${shown}": 확장자가 대문자라 글로 읽히지 않습니다. 이름을 "${fixed}"(으)로 바꿔 주세요.`,
      });
    } else if (OTHER_MARKDOWN.test(entry.name)) {
      problems.push({
        file: full,
        message: `"${shown}": .md와 .mdx 파일만 글로 읽힙니다. 확장자를 .md로 (컴포넌트를 쓰려면 .mdx로) 바꿔 주세요.`,
      });
    }
  }
  return { problems, files };
}
