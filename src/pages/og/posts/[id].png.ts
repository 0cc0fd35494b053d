/** The social card of each post; from the query layer, so drafts and scheduled posts get none. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPosts } from '../../../posts/query';
import { postCard } from '../../../og/cards';
import { ogCardPng } from '../../../og/index';
import { cacheKey } from '../../../lib/cache-key';

export const getStaticPaths = (async () => {
  const posts = await getPosts();
  return posts.map((post) => {
    const props = { card: postCard(post) };
    return { params: { id: post.id }, props, cacheKey: cacheKey(props) };
  });
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await ogCardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
