// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * Layers (README, "Project layout"): a module never imports one above it. Each entry forbids the folders
 * above the files it names; `src/pages/` is imported by nothing but Astro.
 */
const higher = {
  lib: ['**/posts/**', '**/loader/**', '**/schemas/**', '**/i18n/**', '**/site.config*'],
  content: ['**/feeds/**', '**/og/**', '**/search/**', '**/seo/**'],
  ui: ['**/components/**'],
  layouts: ['**/layouts/**'],
};
/**
 * @param {string[]} files
 * @param {string[]} group
 * @param {string} message
 * @returns {import('eslint').Linter.Config}
 */
const forbid = (files, group, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});
const pages = ['**/pages/**'];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '**/.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  forbid(
    ['src/lib/**'],
    ['astro', 'astro:*', 'astro/*', ...Object.values(higher).flat(), ...pages],
    'src/lib/ holds generic helpers: no Astro, no content, no UI.',
  ),
  forbid(
    ['src/posts/**', 'src/loader/**', 'src/schemas/**', 'src/i18n/**', 'src/build/**', 'src/markdown/**'],
    [...higher.content, ...higher.ui, ...higher.layouts, ...pages],
    'The content layer does not import features, components, layouts or pages.',
  ),
  forbid(
    ['src/og/**', 'src/seo/**', 'src/security/**'],
    [...higher.ui, ...higher.layouts, ...pages],
    'Cards, SEO and security data do not import components, layouts or pages.',
  ),
  forbid(
    ['src/components/**', 'src/feeds/**'],
    [...higher.layouts, ...pages],
    'Components do not import layouts or pages.',
  ),
  forbid(['src/layouts/**', 'src/search/**'], pages, 'Nothing imports a page: Astro does.'),
  forbid(['scripts/**'], ['**/tests/**'], 'Tools do not import tests; shared helpers live in scripts/lib/.'),
);
