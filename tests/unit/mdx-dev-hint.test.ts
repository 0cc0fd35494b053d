import { describe, expect, it } from 'vitest';
import mdxBuild from '../../src/markdown/mdx-build';

interface Plugin {
  name: string;
  configResolved?: (config: { plugins: Plugin[] }) => void;
  transform?: { handler: (code: string, id: string) => Promise<unknown> };
}

/** The Vite plugins the integration adds, as `astro dev` would receive them. */
function vitePlugins(): Plugin[] {
  let plugins: Plugin[] = [];
  const hook = mdxBuild().hooks['astro:config:setup'] as unknown as (options: {
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => void;
    logger: unknown;
  }) => void;
  hook({ updateConfig: (config) => (plugins = config.vite.plugins), logger: {} });
  return plugins;
}

describe('an MDX error in npm run dev', () => {
  it('carries the Korean hint (file, line, what to fix) to the overlay, leaving the error itself as it was', async () => {
    const dev = vitePlugins().find((p) => p.name === 'blog:mdx-error-hint-dev');
    const failing: Plugin = {
      name: '@mdx-js/rolldown',
      transform: {
        handler: () =>
          Promise.reject(
            Object.assign(new Error('10:4: Expected a closing tag for `<aside>` (10:4)'), {
              loc: { file: '/blog/posts/review.mdx', line: 10, column: 4 },
            }),
          ),
      },
    };
    dev?.configResolved?.({ plugins: [failing] });
    const error = (await failing.transform?.handler('<aside>', '/blog/posts/review.mdx').catch((e: unknown) => e)) as {
      message: string;
      hint?: string;
    };
    expect(error.message).toBe('10:4: Expected a closing tag for `<aside>` (10:4)');
    expect(error.hint).toMatch(/^MDX 문법 오류: .*review\.mdx 10번째 줄 4번째 칸 근처를 확인해 주세요/);
    expect(error.hint).toContain('여는 태그는 닫아야 하고');
  });
});
