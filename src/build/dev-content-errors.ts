/** `npm run dev`: reload open pages when a post breaks or is fixed (src/loader/dev-errors.ts). */
import type { AstroIntegration } from 'astro';
import { onContentErrorsChange } from '../loader/dev-errors.ts';

export default function devContentErrors(): AstroIntegration {
  return {
    name: 'blog:dev-content-errors',
    hooks: {
      'astro:server:setup': ({ server }) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        onContentErrorsChange(() => {
          clearTimeout(timer);
          // After the content store has been written, so the reload sees the fixed entry.
          timer = setTimeout(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }), 300);
        });
      },
    },
  };
}
