/**
 * Astro's glob() loader, plus what it does not do reliably, with messages in Korean that name the file,
 * the field and what to do:
 *
 * - The folder's files are looked at first (files.ts): upper-case extensions, .markdown, links out of
 *   the folder, names that give no address or too long a one.
 * - Two files on one id (one URL): `same.md` + `same.mdx`, `x.mdx` + `x/index.mdx`, or a Hangul file name
 *   saved twice, NFC and NFD (macOS), which look identical. Astro 7.3's own check races the parallel
 *   loading: it sometimes failed in English and sometimes published one of the two posts.
 * - Each entry's frontmatter is read again (frontmatter.ts): dates go to the schema as written, YAML
 *   errors are explained at the right line, characters XML forbids are dropped with a warning.
 * - The cover is checked (cover.ts), so a wrong one names the post, not /404 or a hashed file name.
 * - The content store is emptied when the rules that parse posts change (`parseKey`): Astro only
 *   notices edits to content.config.ts itself, so a new schema rule or site time zone would otherwise
 *   leave unchanged posts parsed by the old rules.
 * - A build stores a draft, or a post due more than an hour ahead, as a record only (`withheld`): its fields
 *   for the query layer's checks, but no body or images, which Astro would otherwise publish.
 * - In `npm run dev` a post that breaks is shown broken in the browser (dev-errors.ts) rather than
 *   served as its last good version, and comes back when it is fixed; a save the watcher saw only
 *   half-way is read again to its end (dev-watch.ts).
 */
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import type { ParseDataOptions } from 'astro/loaders';
import { codePointName, stripXmlInvalidDeep, xmlInvalidCharactersDeep } from '../lib/xml.ts';
import { coverProblem } from './cover.ts';
import { checkPostFiles, displayPath, PostFilesError } from './files.ts';
import { BrokenEntry } from './dev-errors.ts';
import { devContent } from './dev-watch.ts';
import { fileOf, schemaError } from './entry-errors.ts';
import { FrontmatterError, readFrontmatterSource, type FrontmatterSource } from './frontmatter.ts';

export { displayPath };

type GlobOptions = Parameters<typeof glob>[0];
type GenerateId = NonNullable<GlobOptions['generateId']>;
type ParseDataProps = ParseDataOptions<Record<string, unknown>>;

export interface CheckedGlobOptions {
  base: string;
  pattern: string | string[];
  generateId: GenerateId;
  /** The page an id ends up on, for the message, e.g. (id) => `/posts/${id}/`. */
  url: (id: string) => string;
  /** A hash of the rules that turn a file into an entry; the store is emptied when it changes. */
  parseKey?: string | undefined;
  /**
   * Entries (by their parsed data) a build stores as a record only: no body, no rendering, no images.
   * Stored whole, Astro bundles their MDX and emits their images though no page shows them.
   */
  withheld?: ((data: Record<string, unknown>) => boolean) | undefined;
}

type DataStore = LoaderContext['store'];

/** Marks a record's digest, so the whole entry is parsed again once it is no longer withheld. */
const RECORD_DIGEST = ':record';

/** What parseData returns in a build for an entry that failed, so the others are still read: never stored. */
const FAILED = Object.freeze({ failed: true });

/**
 * A build's `store`: a failed entry is not stored, and each withheld entry is stored as a record (its
 * data without the fields that hold images, the cover; its file for messages; no body, rendering or
 * module for Astro to bundle).
 */
function buildStore(store: DataStore, withheld: ((data: Record<string, unknown>) => boolean) | undefined): DataStore {
  return Object.create(store, {
    set: {
      value: (entry: Parameters<DataStore['set']>[0]) => {
        if (entry.data === FAILED) return false;
        if (!withheld?.(entry.data)) return store.set(entry);
        const data = Object.fromEntries(
          Object.entries(entry.data).filter(([, value]) => !JSON.stringify(value ?? null).includes(IMAGE_IMPORT)),
        );
        return store.set({
          id: entry.id,
          data,
          ...(entry.filePath ? { filePath: entry.filePath } : {}),
          ...(entry.digest ? { digest: `${entry.digest}${RECORD_DIGEST}` } : {}),
        });
      },
    },
  }) as DataStore;
}

/** How Astro marks an image in parsed data before the store resolves it (content/consts.js). */
const IMAGE_IMPORT = '__ASTRO_IMAGE_';

export function duplicateIdMessage(first: string, second: string, url: string): string {
  const twins =
    first !== second && first.normalize('NFC') === second.normalize('NFC')
      ? ' 두 파일 이름은 똑같아 보이지만 한글이 서로 다른 방식(NFC와 NFD)으로 저장되어 있습니다. ' +
        'macOS에서 복사해 온 파일에서 흔히 생깁니다. 둘 중 하나를 지워 주세요.'
      : ' 한 파일의 이름을 바꾸거나, 필요 없는 파일을 지워 주세요.';
  return `글 주소가 겹칩니다: "${first}"와(과) "${second}"이(가) 모두 ${url} 주소가 됩니다.${twins}`;
}

/**
 * The errors of several posts as one, sorted by message (each starts with its file), located at the first
 * (Astro prints one location).
 */
class PostErrors extends Error {
  override name = 'PostErrors';
  loc?: unknown;
  constructor(errors: readonly unknown[]) {
    const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
    const sorted = [...errors].sort((a, b) => messageOf(a).localeCompare(messageOf(b)));
    super(`글 ${errors.length}개를 고쳐 주세요.\n\n${sorted.map(messageOf).join('\n\n')}`);
    const first = sorted[0] as { loc?: unknown } | undefined;
    if (first?.loc) this.loc = first.loc;
  }
}

/** A single error as it is; several as one PostErrors. */
const allOf = (errors: readonly unknown[]): unknown => (errors.length === 1 ? errors[0] : new PostErrors(errors));

export function checkedGlob({ base, pattern, generateId, url, parseKey, withheld }: CheckedGlobOptions): Loader {
  const baseDir = path.resolve(base);
  // Which file took which id during the current full load. Only set while load() runs: the dev-server
  // watcher calls generateId again for each edited file, and a map kept from an earlier load would
  // remember renamed or deleted files (Astro's own duplicate check still covers that case).
  let claimed: Map<string, string> | undefined;
  const rel = (entry: string) => displayPath(path.join(baseDir, entry));

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

  /** The entry as Astro parsed it, corrected from the file itself (see the module comment). */
  async function corrected(
    props: ParseDataProps,
    logger: LoaderContext['logger'],
  ): Promise<{ props: ParseDataProps; source?: FrontmatterSource }> {
    const file = props.filePath;
    if (!file) return { props };
    const shown = displayPath(file);
    const source = readFrontmatterSource(file, shown);
    let data: Record<string, unknown> = { ...props.data };
    for (const [key, text] of Object.entries(source.dates)) if (key in data) data[key] = text;
    // In the body as the file holds them; in the frontmatter as YAML escapes ("\a", "\u0001") decode.
    const inFields = xmlInvalidCharactersDeep(data).map(({ path, char }) => ({ char, line: source.lineOf(path) ?? 1 }));
    const invalid = [...inFields, ...source.invalidCharacters].sort((a, b) => a.line - b.line);
    if (invalid.length > 0) {
      const found = invalid.map(({ char, line }) => `${codePointName(char)} ${line}번째 줄`);
      logger.warn(
        `"${shown}": 피드와 페이지에 쓸 수 없는 보이지 않는 문자 ${found.length}개를 뺐습니다 (${found.join(', ')}). ` +
          '워드프로세서에서 붙여 넣을 때 섞여 들어오는 문자입니다. 파일에서도 지우면 이 경고가 사라집니다.',
      );
      data = stripXmlInvalidDeep(data) as Record<string, unknown>;
    }
    const cover = data['cover'];
    const src = cover && typeof cover === 'object' ? (cover as { src?: unknown }).src : undefined;
    if (typeof src === 'string') {
      const problem = await coverProblem(src, file, baseDir, shown, displayPath);
      if (problem) throw new Error(problem);
    }
    return { props: { ...props, data }, source };
  }

  return {
    name: 'blog:checked-glob',
    load: async (context) => {
      // Entries store their file relative to Astro's root, and a build has a root of its own
      // (src/build/env.ts) while `astro check` and `astro sync` use the project's: the root is part
      // of the key, or one would reuse the other's entries with paths that lead nowhere.
      const key = parseKey && `${parseKey}@${context.config.root.href}`;
      if (key && context.meta.get('parse-key') !== key) {
        context.store.clear();
        context.meta.set('parse-key', key);
      }
      const { problems, files } = checkPostFiles(baseDir);
      if (problems.length > 0) throw new PostFilesError(problems);
      if (files.length === 0) context.logger.warn(`글 폴더 "${displayPath(baseDir)}"에 글(.md, .mdx)이 없습니다.`);
      claimed = new Map();
      // glob() logs a body that fails to render ("Error rendering x.md: …") and publishes the post
      // without it, or a file it cannot read ("Error reading x.md: …") and publishes nothing of it. A
      // build fails instead; the dev server keeps the log line.
      const renderFailures: string[] = [];
      const logger: LoaderContext['logger'] = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            const failed = /^Error (?:rendering|reading) (.+?): ([\s\S]*)$/.exec(message);
            if (failed?.[1] && failed[2] !== undefined) {
              const reason = failed[2];
              renderFailures.push(/^"[^"]+"/.test(reason) ? reason : `"${rel(failed[1])}": ${reason}`);
            }
            context.logger.error(message);
          },
        },
      });
      const dev = context.watcher ? devContent({ ...context, watcher: context.watcher }, baseDir, pattern) : undefined;
      const failures: unknown[] = [];
      try {
        await inner.load({
          ...context,
          logger,
          store: dev ? dev.store : buildStore(context.store, withheld),
          // The schema validates what corrected() hands over, so the type parameter says nothing here.
          parseData: async <TData extends Record<string, unknown>>(given: ParseDataOptions<TData>) => {
            const file = given.filePath;
            try {
              const { props, source } = await corrected(given, context.logger);
              try {
                return (await context.parseData(props)) as TData;
              } catch (error) {
                throw file && source ? schemaError(error, file, source) : error;
              }
            } catch (error) {
              if (!file) throw error;
              // A build reads on and reports every broken post at once: one build per mistake was slow.
              if (!dev) {
                failures.push(error);
                return FAILED as unknown as TData;
              }
              // Dev: keep the server up; the store says what is wrong in the terminal and the browser,
              // if this is still the file on disk (devStore).
              return new BrokenEntry(error instanceof Error ? error.message : String(error)) as unknown as TData;
            }
          },
        });
        dev?.loaded();
        if (failures.length > 0) throw allOf(failures);
        if (renderFailures.length > 0 && !context.watcher) throw new Error(renderFailures.join('\n'));
      } catch (error) {
        // A YAML error is thrown by Astro's parse (js-yaml) before parseData: read the file again to say
        // it in Korean, at the right line, with the lines around it.
        // It stops glob() at once: the other files are read here, so every broken post is still said.
        const file = fileOf(error);
        if (file && !(error instanceof FrontmatterError) && !(error instanceof PostErrors)) {
          const found = new Map<string, unknown>(failures.map((f) => [f instanceof Error ? f.message : String(f), f]));
          let explained = false;
          for (const post of [file, ...files.filter((f) => f !== file)]) {
            try {
              readFrontmatterSource(post, displayPath(post));
            } catch (ours) {
              if (!(ours instanceof FrontmatterError)) continue;
              found.set(ours.message, ours);
              explained ||= post === file;
            }
          }
          // Astro's own error stays when ours does not say what is wrong with its file.
          if (found.size > 0) throw allOf(explained ? [...found.values()] : [error, ...found.values()]);
        }
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
