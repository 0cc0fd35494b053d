/**
 * A hash of everything that decides how a post file becomes an entry: the schemas, the loader, the
 * helpers they use and the site config (its time zone reads dates, its lang is a post's default). The
 * loader empties Astro's content store when it changes (src/loader/checked-glob.ts), because Astro keeps
 * an unchanged file's entry as parsed before and only notices edits to content.config.ts itself.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * src/markdown too: a .md post's body is rendered when its entry is stored, so a change to the Markdown
 * plugins (or the strings they use: footnote labels) kept serving the old rendering; src/images holds
 * the checks those plugins run.
 */
const RULE_FOLDERS = ['src/schemas', 'src/loader', 'src/lib', 'src/markdown', 'src/i18n', 'src/images'];
/** Which entries a build keeps whole (withheldFromBuild) is a publication rule, kept with the others. */
const RULE_FILES = ['src/posts/rules.ts'];

/**
 * `postsFolder` too, as a path from the project: `npm run dev` keeps its content store in the project's
 * .astro/, one for every posts folder, and Astro keeps an entry whose file did not change, so after a
 * dev run on another folder holding the same files (BLOG_CONTENT_DIR), every entry still pointed into
 * the other folder, and dev answered every page with that folder's missing images once it was gone.
 * Relative, so a checkout moved whole keeps its store.
 */
export function contentParseKey(root: string, siteConfigFiles: readonly string[], postsFolder: string): string {
  const hash = createHash('sha256');
  hash.update(path.relative(root, postsFolder)).update('\0');
  const files = RULE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(root, folder, name)),
  );
  const ruleFiles = RULE_FILES.map((file) => path.join(root, file));
  for (const file of [...files.sort(), ...ruleFiles, ...siteConfigFiles]) {
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
