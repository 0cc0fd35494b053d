import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

if (!process.env.BLOG_CONTENT_DIR) throw new Error('BLOG_CONTENT_DIR must name the folder of posts to build');

/** Every post under BLOG_CONTENT_DIR, frontmatter unchecked. */
const posts = defineCollection({
  loader: glob({ base: process.env.BLOG_CONTENT_DIR, pattern: ['**/*.{md,mdx}', '!**/_*'] }),
  schema: z.looseObject({}),
});

export const collections = { posts };
