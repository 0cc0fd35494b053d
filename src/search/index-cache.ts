/**
 * Reusing the search index: its cache key (a hash of the indexed pages, Pagefind's version, the
 * code that makes our Korean tokens and the options) and a fast folder copy (hard links). Used by integration.ts.
 */
import { createHash } from 'node:crypto';
import { copyFile, glob as findFiles, link as linkFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapLimited } from '../lib/map-limited.ts';

/** Pagefind's package.json (its version decides the index format), read once. */
let pagefindManifest: Promise<Buffer> | undefined;
const readPagefindManifest = () =>
  (pagefindManifest ??= readFile(new URL('../package.json', import.meta.resolve('pagefind'))));

/**
 * The code that turns pages into the index (the Korean tokens, the chunk ranges): part of the key, so an
 * index made by older rules is never reused.
 */
const RECORD_CODE = [
  'korean-text.ts',
  'korean-query.ts',
  'korean-tokens.ts',
  'page-record.ts',
  'record-cache.ts',
  'write-index.ts',
  'index-chunks.ts',
];
let recordCode: Promise<Buffer[]> | undefined;
const readRecordCode = () =>
  (recordCode ??= Promise.all(RECORD_CODE.map((file) => readFile(new URL(`./${file}`, import.meta.url)))));

/** A hash of that code: the part of a kept record's name that says which rules made it (record-cache.ts). */
export async function recordCodeDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const code of await readRecordCode()) hash.update(code);
  return hash.digest('hex');
}

/** A hash of everything the index is made from, and how many pages that is. */
export async function indexInputKey(
  dir: string,
  glob: string,
  language: string,
): Promise<{ key: string; pages: number }> {
  const files = (await Array.fromAsync(findFiles(glob, { cwd: dir }))).sort();
  // A digest per page rather than the pages themselves: at 5,000 posts they are 250 MB.
  const digests = await mapLimited(files, 32, async (file) =>
    createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest(),
  );
  const hash = createHash('sha256');
  hash.update(await readPagefindManifest());
  for (const code of await readRecordCode()) hash.update(code);
  hash.update(`\0${language}\0${glob}\0`);
  files.forEach((file, i) => hash.update(`${file}\0`).update(digests[i] as Buffer));
  return { key: hash.digest('hex').slice(0, 32), pages: files.length };
}

/**
 * Makes `to` a copy of the folder `from` whose files are hard links to the originals where the file
 * system allows it, and copies where it does not (another device, or one without hard links). Linking
 * 1,090 files of a 1,000-post index takes ~25 ms against ~250 ms to copy them, paid twice in a build
 * that indexes (the index into the cache) and once in one that reuses it (the cache into the output).
 * Sharing the files is safe because no one writes into an index file in place: Pagefind writes a new
 * output folder (Astro empties the output folder, unlinking its files, before every build), the cache
 * folder is only ever removed and replaced whole (integration.ts), and a host only reads the output.
 */
export async function copyTree(from: string, to: string, link: LinkFile = linkFile): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name));
  for (const dir of [from, ...dirs]) await mkdir(join(to, dir.slice(from.length)), { recursive: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  let linking = true;
  await mapLimited(files, 32, async (file) => {
    const target = join(to, file.slice(from.length));
    if (linking) {
      try {
        return await link(file, target);
      } catch {
        // EXDEV, EPERM, EMLINK, ENOTSUP: the same answer for every other file, so stop asking.
        linking = false;
      }
    }
    await copyFile(file, target);
  });
}

type LinkFile = (existing: string, created: string) => Promise<void>;
