/**
 * The review components every post can use without importing them: PostLayout.astro and the feed renderer
 * (src/feeds/body-html.ts) both pass this map to the MDX `<Content components={…} />`. The keys are the
 * tag names authors write. README "Review components" has an example of each.
 */
import BookCard from './BookCard.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Rating from './Rating.astro';

export const mdxComponents = { Quote, Rating, Figure, Callout, BookCard };
