/**
 * Open Graph cards of the site: what each card shows and where it is served. The routes under
 * src/pages/og/ draw them; BaseHead points og:image at them.
 */
import { site } from '../site.config';
import { kindLabels, ui } from '../i18n/ko';
import { OG_HEIGHT, OG_WIDTH, type CardContent } from '../lib/og/card';
import type { Post } from './posts';

export interface OgImage {
  /** Site-relative path; BaseHead makes it absolute. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

// Post cards live one level down, so no post id (not even "default") can collide with the site card.
export const ogImagePath = (id: string) => `/og/posts/${id}.png`;
export const DEFAULT_OG_PATH = '/og/default.png';

/** What a post's card shows: its title, the reviewed work and the blog name. */
export function postCard(post: Post): CardContent {
  const { title, subject } = post.data;
  return { title, kicker: ui.kindTitle(kindLabels[subject.kind]), subject: subject.title, blogName: site.title };
}

/** The card of every page that is not a post: the blog's one-line introduction. */
export const siteCard: CardContent = { title: site.description, blogName: site.title };

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
  alt: ui.ogImageAlt(site.description, site.title),
  width: OG_WIDTH,
  height: OG_HEIGHT,
};
