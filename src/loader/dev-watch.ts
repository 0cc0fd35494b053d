/**
 * What checkedGlob() does only in `npm run dev`, where the posts change under a running server:
 * errors shown in the browser and cleared when fixed (dev-errors.ts), saves seen to their end
 * (late-writes.ts), and the store that drops stale and broken parses (dev-errors.ts: devStore).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import picomatch from 'picomatch';
import { clearContentError, devStore, registerStore, reportContentError, showInBrowser } from './dev-errors.ts';
import { displayPath } from './files.ts';
import { FrontmatterError, readFrontmatterSource } from './frontmatter.ts';
import { watchLateWrites } from './late-writes.ts';

type Watcher = NonNullable<LoaderContext['watcher']>;

export interface DevContent {
  /** The store to hand glob(). */
  store: LoaderContext['store'];
  /** Called once the first load is done: from then on glob() parses each saved file again. */
  loaded(): void;
}

/** The collection's files, decided as glob() decides them (its pattern, from its base). */
function collectionFiles(baseDir: string, pattern: string | string[]): (file: string) => boolean {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const matches = picomatch(
    patterns.filter((p) => !p.startsWith('!')),
    ignore.length > 0 ? { ignore } : {},
  );
  return (file) => {
    const entry = path.relative(baseDir, file).split(path.sep).join('/');
    return !entry.startsWith('../') && !path.isAbsolute(entry) && matches(entry);
  };
}

export function devContent(
  context: LoaderContext & { watcher: Watcher },
  baseDir: string,
  pattern: string | string[],
): DevContent {
  const { watcher, meta } = context;
  registerStore(context.collection, meta);
  const isPost = collectionFiles(baseDir, pattern);
  const lateWrites = watchLateWrites(watcher, isPost);

  // A YAML syntax error in a saved file is thrown by Astro before parseData and only logged: read the
  // saved file here too, so the browser can show it.
  const yamlBroken = new Set<string>();
  watcher.on('change', (changed) => {
    if (!isPost(changed)) return;
    try {
      readFrontmatterSource(changed, displayPath(changed));
      // Fixed. glob() may find the last good version's digest and not parse it again: clear here.
      if (yamlBroken.delete(changed) && clearContentError(changed)) showInBrowser(meta);
    } catch (error) {
      if (!(error instanceof FrontmatterError)) return;
      yamlBroken.add(changed);
      if (reportContentError(changed, error.message)) showInBrowser(meta);
    }
  });
  // A broken post deleted, or renamed (its new name is parsed on its own), takes its error with it.
  watcher.on('unlink', (removed) => {
    if (!isPost(removed)) return;
    yamlBroken.delete(removed);
    if (clearContentError(removed)) showInBrowser(meta);
  });

  let watching = false;
  return {
    store: devStore(context.store, {
      entryFile: (entryFilePath) => path.resolve(fileURLToPath(context.config.root), entryFilePath),
      digest: (contents) => context.generateDigest(contents),
      logger: context.logger,
      meta,
      watching: () => watching,
      reportAgain: lateWrites.reportAgain,
    }),
    loaded: () => {
      watching = true;
    },
  };
}
