// .ts extension: scripts/new-post.ts runs this file with plain Node.
import { slugify } from '../lib/slug.ts';

/**
 * The post id (and so the URL, /posts/<id>/) of a file in the posts folder: `x.md`, `x.mdx`,
 * `x/index.md` and `x/index.mdx` are all post `x`, NFC-normalised through slugify so a Hangul name saved
 * on macOS (NFD) gets the same id. Anything else — deeper folders, notes starting with "_" — is not a
 * post: undefined. The content collection and `npm run new` both decide ids here.
 */
export function postIdFromPath(relativePath: string): string | undefined {
  const path = relativePath.replace(/\\/g, '/');
  const match = /^(?:([^/]+)\/index|([^/]+))\.(md|mdx)$/i.exec(path);
  const name = match?.[1] ?? match?.[2];
  if (!name || name.startsWith('_')) return undefined;
  return slugify(name);
}
