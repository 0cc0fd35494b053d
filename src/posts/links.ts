/**
 * Links from a post's body to other posts, for the build to say when one leads nowhere: a post still
 * scheduled or a draft (the next part of a series, linked before its day) is a 404 page for readers
 * until it is published, and so is a misspelt address. A pure rule over the body text (Markdown
 * links and href attributes), unit-tested; query.ts applies it to the collection.
 */
import { POSTS_PATH } from '../urls';

const BASE = 'https://blog.invalid';
/** `[text](address)` (with an optional <…> around it), `[label]: address` and `href="address"`. */
const ADDRESSES = /\]\(\s*<?([^)\s>]+)|^[ \t>]*\[[^\]\n]+\]:[ \t]*<?([^\s>]+)|\bhref\s*=\s*["']([^"']+)["']/gm;

/** The body without its code: a link written in a code block or `code span` is an example, not a link. */
function withoutCode(body: string): string {
  return body
    .replace(/^([ \t>]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[`~]*[ \t]*$/gm, '')
    .replace(/(`+)[^`\n][\s\S]*?\1/g, '');
}
/** A post page: /posts/<id>/, not a page of the list of posts (/posts/page/2/). */
const POST_PATH = new RegExp(`^${POSTS_PATH}(?!page/)([^/]+)/?$`);

/** The ids of the posts `body` links to, resolved against its own page `from` (/posts/<id>/), each once. */
export function linkedPostIds(body: string, from: string): string[] {
  const page = new URL(from, BASE);
  const ids = new Set<string>();
  // NFC as the page writes it (src/markdown/post-checks.ts): a body saved as NFD links the NFC address.
  for (const match of withoutCode(body.normalize('NFC')).matchAll(ADDRESSES)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? '';
    let url: URL;
    try {
      url = new URL(raw, page);
    } catch {
      continue;
    }
    if (url.origin !== page.origin) continue;
    let path = url.pathname;
    try {
      path = decodeURI(path);
    } catch {
      // A malformed escape: compared as written.
    }
    const id = POST_PATH.exec(path)?.[1];
    if (id && path !== page.pathname) ids.add(id);
  }
  return [...ids];
}
