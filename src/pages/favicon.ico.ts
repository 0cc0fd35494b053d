import type { APIRoute } from 'astro';
import { faviconIco, icoResponse } from '../brand/icons';

export const GET: APIRoute = async () => icoResponse(await faviconIco());
