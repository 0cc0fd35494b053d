/**
 * The real first post, read the way Astro reads it, so the tests notice when the post and the schema
 * drift apart.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const FIRST_POST_PATH = new URL(
  '../../src/content/posts/review-mit-technology-review-ai-energy.mdx',
  import.meta.url,
);

export function readFirstPost(): { frontmatter: Record<string, unknown>; body: string } {
  return splitFrontmatter(readFileSync(FIRST_POST_PATH, 'utf8'));
}

export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parseYaml(match[1] ?? ''), body: source.slice(match[0].length) };
}

/**
 * Astro parses frontmatter with js-yaml, which turns an unquoted 2024-11-03 into a Date (midnight UTC).
 * The `yaml` package (which ships types, unlike js-yaml) does the same only with the timestamp tag.
 */
export function parseYaml(text: string): Record<string, unknown> {
  return parse(text, { customTags: ['timestamp'] }) as Record<string, unknown>;
}
