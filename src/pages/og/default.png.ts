/** The social card of every page that is not a post. */
import type { APIRoute } from 'astro';
import { siteCard } from '../../og/cards';
import { ogCardPng } from '../../og/index';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await ogCardPng(siteCard)), { headers: { 'Content-Type': 'image/png' } });
