/**
 * Building with another site config (BLOG_SITE_CONFIG): astro.config.mjs loads that file itself, and this
 * Vite plugin hands it to every module that imports src/site.config.ts, so pages, the schema and the
 * string tables all see the same config. The other file may import the real one to start from it.
 */
import path from 'node:path';
import type { Plugin } from 'vite';

export function siteConfigOverride(defaultFile: string, file: string): Plugin | undefined {
  if (path.resolve(file) === path.resolve(defaultFile)) return undefined;
  const strip = (id: string) => id.replace(/[?#].*$/, '');
  return {
    name: 'blog:site-config-override',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/site\.config(\.ts)?$/.test(source) || strip(importer) === file) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && strip(resolved.id) === defaultFile ? file : null;
    },
  };
}
