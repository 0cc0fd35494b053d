/** The JSON-LD of a post page: the article and its review (structured-data.ts), and its breadcrumbs. */
import { ui } from '../i18n';
import { postOgImage } from '../og/cards';
import type { Post } from '../posts/query';
import { siteConfig } from '../site.config';
import { HOME_PATH, POSTS_PATH, siteRoot } from '../urls';
import { breadcrumbGraph, postGraph } from './structured-data';

export function postStructuredData(post: Post, site: URL | undefined) {
  const root = siteRoot(site);
  const { data } = post;
  const pageUrl = new URL(post.url, root).href;
  const siteUrl = new URL(HOME_PATH, root).href;
  return [
    postGraph({
      url: pageUrl,
      title: data.title,
      description: data.description,
      published: data.pubDate,
      modified: data.updatedDate ?? data.pubDate,
      tags: data.tags,
      lang: data.lang,
      author: siteConfig.author.name,
      siteName: siteConfig.title,
      siteUrl,
      subject: data.subject,
      issueName: ui.issueName,
      rating: data.rating,
      image: new URL(postOgImage(post).src, root).href,
    }),
    breadcrumbGraph([
      { name: ui.breadcrumbHome, url: siteUrl },
      { name: ui.allPosts, url: new URL(POSTS_PATH, root).href },
      { name: data.title, url: pageUrl },
    ]),
  ];
}
