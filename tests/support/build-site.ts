/**
 * Runs `astro build` in a child process for a posts folder and an output folder of the test's own, as
 * `BLOG_CONTENT_DIR=… BLOG_OUT_DIR=… npx astro build` would, and removes the content cache the build
 * created for that folder (src/build/env.ts names it after a hash of BLOG_CONTENT_DIR).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from '../../src/build/env.ts';

export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Node 24 from the dev dependency: astro 7 refuses the system Node 20. */
export const node = path.join(root, 'node_modules/.bin/node');

export interface BuildResult {
  code: number;
  /** stdout and stderr, without colour codes (Astro colours its log when CI is set, even into a pipe). */
  output: string;
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/**
 * The environment of an Astro child process. Vitest puts NODE_ENV=test, VITEST* and its import.meta.env
 * (MODE, DEV=1, PROD, SSR, BASE_URL) into process.env. Inherited, they turn the child's build into a
 * development one: import.meta.env.DEV is true and drafts get pages. A build started from a shell has none.
 */
function childEnvironment(): NodeJS.ProcessEnv {
  const vitestOnly = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !vitestOnly.has(key) && !key.startsWith('VITEST')),
    ),
    PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
}

/** `env` adds to (or overrides) the environment, e.g. BLOG_OG_CACHE_DIR for a build with no cards cached. */
export function buildSite(contentDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const childEnv = {
    ...childEnvironment(),
    BLOG_CONTENT_DIR: contentDir,
    BLOG_OUT_DIR: outDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    // A public address: without one (or with localhost) a build warns, and the log tests read only the posts' news.
    SITE_URL: 'https://blog.example/',
    ...env,
  };
  return new Promise((resolve) => {
    execFile(
      node,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: root, env: childEnv, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stripAnsi(stdout + stderr) }),
    );
  });
}

/** The per-folder content cache of a build of `contentDir` (src/build/env.ts names it). */
export async function removeContentCache(contentDir: string, env: NodeJS.ProcessEnv = {}): Promise<void> {
  await rm(path.join(root, cacheDir({ ...env, BLOG_CONTENT_DIR: contentDir })), { recursive: true, force: true });
}

export interface DevServer {
  url: string;
  /** Everything the dev server printed so far, without colour codes. */
  output(): string;
  stop(): Promise<void>;
}

/** `astro dev` on a posts folder, as `BLOG_CONTENT_DIR=… npm run dev` would; resolves once it answers. */
export async function startDev(contentDir: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const { spawn } = await import('node:child_process');
  const child = spawn(node, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
    cwd: root,
    env: { ...childEnvironment(), BLOG_CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://localhost:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${stripAnsi(log)}`);
    if (
      await fetch(url).then(
        () => true,
        () => false,
      )
    )
      return { url, output: () => stripAnsi(log), stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`astro dev did not answer on ${url}:\n${stripAnsi(log)}`);
}
