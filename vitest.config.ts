/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests resolve astro:* modules; node environment, as the Container API needs it.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Test files share no state; one worker module graph instead of one per file halves the run time.
    isolate: false,
  },
});
