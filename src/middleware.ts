/**
 * In `npm run dev`, a page asked for while a post is broken shows the broken post's error (Astro's
 * error overlay) instead of the last good version (src/loader/dev-errors.ts). Builds never get here:
 * the branch is removed with import.meta.env.DEV, and a broken post fails the build before any page.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentErrorsMessage } from './loader/dev-errors';

export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const message = contentErrorsMessage();
    if (message) throw Object.assign(new Error(message), { name: 'ContentError' });
  }
  return next();
});
