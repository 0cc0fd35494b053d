import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST_ICON_SIZES, RSS_ICON_SIZE, homeScreenIcon, pngResponse } from '../brand/icons';

export const getStaticPaths = (() =>
  [...MANIFEST_ICON_SIZES, RSS_ICON_SIZE].map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => pngResponse(await homeScreenIcon(Number(params.size)));
