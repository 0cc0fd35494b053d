import type { APIRoute } from 'astro';
import { homeScreenIcon, pngResponse } from '../brand/icons';

export const GET: APIRoute = async () => pngResponse(await homeScreenIcon(180));
