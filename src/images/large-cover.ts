/**
 * A cover's large rendition: what the post page's zoom opens and what the feeds show at the top of an
 * item. One set of options, so the build makes (and caches) the file once for both. Runtime code
 * (astro:assets), unlike the build-time checks beside it.
 */
import { getImage } from 'astro:assets';
import type { Post } from '../posts/query';

export type PostCover = NonNullable<Post['data']['cover']>;

export const largeCover = (cover: PostCover) =>
  getImage({ src: cover.src, width: Math.min(cover.src.width, 1600), format: 'webp' });
