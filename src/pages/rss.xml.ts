import type { APIRoute } from 'astro';
import { getFeedPages, rssResponse } from '../feeds/feeds';

/** RSS 2.0: the newest posts with their full text; older ones on /rss/2.xml and on (see src/feeds/feeds.ts). */
export const GET: APIRoute = async ({ site }) => {
  const [first] = await getFeedPages();
  return rssResponse(first!, site);
};
