/**
 * The string tables by language. Kept apart from index.ts, which reads the site config, so that
 * astro.config.mjs can pick the table for the config it loaded (it may be a test's own).
 */
import { en } from './en.ts';
import { ko, type Strings } from './ko.ts';

export type { Strings };

const tables: Record<string, Strings> = { ko, en };

/** The table for a BCP 47 tag, by its primary language ("ko", "ko-KR" → ko). */
export function stringsFor(lang: string): Strings {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const table = tables[primary];
  if (!table) {
    throw new Error(
      `src/site.config.ts: lang "${lang}" has no interface strings. Available: ${Object.keys(tables).join(', ')}. ` +
        `Add src/i18n/${primary}.ts (a copy of ko.ts, translated) and list it in src/i18n/tables.ts.`,
    );
  }
  return table;
}
