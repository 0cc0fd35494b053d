/**
 * The renditions of an image as wide as the post column (46rem): a <Figure>, a Markdown body image, a
 * wide cover above a post. One list, so the three ask for the same files and a reader's browser picks
 * the same one.
 */
export const COLUMN_IMAGE_WIDTHS: readonly number[] = [480, 800, 1200];
export const COLUMN_IMAGE_SIZES = '(min-width: 50rem) 46rem, 100vw';
