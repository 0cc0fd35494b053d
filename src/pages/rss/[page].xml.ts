import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { olderFeedPagePaths, rssResponse } from '../../feeds/feeds';

/** Older RSS pages (2, 3, …), linked from the first with rel="next". */
export const getStaticPaths = olderFeedPagePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => rssResponse(props.page, site);
