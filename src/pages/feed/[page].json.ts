import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { olderFeedPagePaths, jsonFeedResponse } from '../../feeds/feeds';

/** Older JSON Feed pages (2, 3, …), linked from the first through `next_url`. */
export const getStaticPaths = olderFeedPagePaths satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => jsonFeedResponse(props.page, site);
