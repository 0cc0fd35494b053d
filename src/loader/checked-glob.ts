/**
 * Astro's glob() loader, plus the checks it does not make reliably, with messages in Korean that name
 * the file, the field and what to do:
 *
 * - Two files on one id (one URL): `same.md` + `same.mdx`, `x.mdx` + `x/index.mdx`, or a Hangul file
 *   name saved twice, once NFC and once NFD (macOS), which look identical. Astro 7.3's own check compares
 *   against the data store while files load in parallel, so it is a race: in our experiments the build
 *   sometimes failed (English message) and sometimes silently published only one of the two posts.
 * - A cover image that does not exist: Astro fails later, in Vite, with an error that names the image
 *   path ("./cover.jpg") but not the post that asked for it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
type GenerateId = NonNullable<GlobOptions['generateId']>;

export interface CheckedGlobOptions {
  base: string;
  pattern: string | string[];
  generateId: GenerateId;
  /** The page an id ends up on, for the message, e.g. (id) => `/posts/${id}/`. */
  url: (id: string) => string;
}

/** A path the author recognises: relative to the project folder when inside it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

export function duplicateIdMessage(first: string, second: string, url: string): string {
  const twins =
    first !== second && first.normalize('NFC') === second.normalize('NFC')
      ? ' 두 파일 이름은 똑같아 보이지만 한글이 서로 다른 방식(NFC와 NFD)으로 저장되어 있습니다. ' +
        'macOS에서 복사해 온 파일에서 흔히 생깁니다. 둘 중 하나를 지워 주세요.'
      : ' 한 파일의 이름을 바꾸거나, 필요 없는 파일을 지워 주세요.';
  return `글 주소가 겹칩니다: "${first}"와(과) "${second}"이(가) 모두 ${url} 주소가 됩니다.${twins}`;
}

/** A relative image path (resolved next to the post), not "/public", a URL or an import alias. */
const isRelativeImage = (src: string) => !/^(\/|[a-z][a-z0-9+.-]*:|~|@)/i.test(src);

export function missingCoverMessage(postFile: string, src: string, resolved: string): string {
  return (
    `"${postFile}"의 cover.src 이미지 "${src}"을(를) 찾을 수 없습니다 (찾아본 위치: ${resolved}). ` +
    '이미지를 글 파일 옆에 두고, 파일 이름의 철자와 확장자(.jpg, .png 등)가 맞는지 확인해 주세요.'
  );
}

export function checkedGlob({ base, pattern, generateId, url }: CheckedGlobOptions): Loader {
  // Which file took which id during the current full load. Only set while load() runs: the dev-server
  // watcher calls generateId again for each edited file, and a map kept from an earlier load would
  // remember renamed or deleted files (Astro's own duplicate check still covers that case).
  let claimed: Map<string, string> | undefined;
  const rel = (entry: string) => displayPath(path.join(base, entry));

  const inner = glob({
    base,
    pattern,
    generateId: (options) => {
      const id = generateId(options);
      const other = claimed?.get(id);
      // Thrown here rather than after loading: generateId runs before the entry is stored, so this
      // check comes before Astro's racy one and the author reads the Korean message.
      if (other !== undefined && other !== options.entry) {
        throw new Error(duplicateIdMessage(rel(other), rel(options.entry), url(id)));
      }
      claimed?.set(id, options.entry);
      return id;
    },
  });

  const checkCover = (props: { data: Record<string, unknown>; filePath?: string | undefined }) => {
    const cover: unknown = props.data['cover'];
    const src = cover && typeof cover === 'object' ? (cover as { src?: unknown }).src : undefined;
    if (props.filePath && typeof src === 'string' && isRelativeImage(src)) {
      const resolved = path.resolve(path.dirname(props.filePath), src);
      if (!existsSync(resolved)) {
        throw new Error(missingCoverMessage(displayPath(props.filePath), src, displayPath(resolved)));
      }
    }
  };

  return {
    name: 'blog:checked-glob',
    load: async (context) => {
      claimed = new Map();
      try {
        await inner.load({
          ...context,
          parseData: (props) => {
            checkCover(props);
            return context.parseData(props);
          },
        });
      } catch (error) {
        // Astro's own check can still win the race against a stale data store (a file added next to
        // one that was built before): keep its list of files, but say in Korean what it means.
        if (error instanceof Error && error.name === 'DuplicateContentEntrySlugError') {
          throw new Error(
            `글 주소가 겹치는 파일이 있습니다. 아래 두 파일 중 하나의 이름을 바꾸거나 지워 주세요.\n${error.message}`,
            { cause: error },
          );
        }
        throw error;
      } finally {
        claimed = undefined;
      }
    },
  };
}
