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

export function contentParseKey(root: string, siteConfigFiles: readonly string[]): string {
  const hash = createHash('sha256');
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
