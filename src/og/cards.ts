/**
 * Open Graph cards of the site: what each card shows and where it is served. The routes under
 * src/pages/og/ draw them (index.ts); BaseHead points og:image at them.
 */
import { siteConfig } from '../site.config';
import { kindLabels, ui } from '../i18n';
import type { Post } from '../posts/query';
import { DEFAULT_OG_PATH, ogImagePath } from '../urls';
import { OG_HEIGHT, OG_WIDTH, type CardContent } from './card';

export interface OgImage {
  /** Site-relative path; BaseHead makes it absolute. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** What a post's card shows: its title, the reviewed work and the blog name. */
export function postCard(post: Post): CardContent {
  const { title, subject } = post.data;
  return { title, kicker: ui.kindTitle(kindLabels[subject.kind]), subject: subject.title, blogName: siteConfig.title };
}

/** The card of every page that is not a post: the blog's one-line introduction. */
export const siteCard: CardContent = { title: siteConfig.description, blogName: siteConfig.title };

export function postOgImage(post: Post): OgImage {
  const card = postCard(post);
  return {
    src: ogImagePath(post.id),
    alt: ui.ogImageAlt(card.title, `${card.kicker}: ${card.subject}`),
    width: OG_WIDTH,
    height: OG_HEIGHT,
  };
}

export const defaultOgImage: OgImage = {
  src: DEFAULT_OG_PATH,
  alt: ui.ogImageAlt(siteConfig.description, siteConfig.title),
  width: OG_WIDTH,
  height: OG_HEIGHT,
};
