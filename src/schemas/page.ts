/** Frontmatter of a standalone page such as the about page. */
import { z } from 'astro/zod';

export const pageSchema = z
  .object({
    /** The page's h1 and <title>. */
    title: z.string().trim().min(1, 'title이 비어 있습니다.'),
    /** Meta description. */
    description: z.string().trim().min(1, 'description이 비어 있습니다.').max(200),
  })
  .strict();
