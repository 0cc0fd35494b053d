/**
 * Feed entries shared by RSS and JSON Feed: each published post with its absolute URL and its full
 * rendered HTML. Rendered once per build however many feeds read it.
 */
import { getPosts, type Post } from './posts';
import { renderPostHtml } from '../lib/render-post';

export interface FeedEntry {
  post: Post;
  url: URL;
  html: string;
}

let cached: Promise<FeedEntry[]> | undefined;

export function getFeedEntries(site: URL): Promise<FeedEntry[]> {
  const load = async () => {
    const posts = await getPosts();
    return Promise.all(
      posts.map(async (post) => {
        const url = new URL(post.url, site);
        return { post, url, html: await renderPostHtml(post.entry, url) };
      }),
    );
  };
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
