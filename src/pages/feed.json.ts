import type { APIRoute } from 'astro';
import { getFeedPages, jsonFeedResponse } from '../feeds/feeds';

/** JSON Feed 1.1 with the same full content as the RSS feed; older posts behind `next_url`. */
export const GET: APIRoute = async ({ site }) => {
  const [first] = await getFeedPages();
  return jsonFeedResponse(first!, site);
};
