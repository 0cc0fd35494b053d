/** The collections: review posts and standalone pages, each read by its loader and checked by its schema. */
import { defineCollection } from 'astro:content';
import { pagesLoader, postsLoader } from './loader';
import { pageSchema } from './schemas/page';
import { postSchema } from './schemas/post';

export const collections = {
  posts: defineCollection({ loader: postsLoader(), schema: postSchema }),
  pages: defineCollection({ loader: pagesLoader(), schema: pageSchema }),
};
