/**
 * `npm test` passes wherever the clone lives: the browser suites are chosen by folder, and a clone
 * inside folders named "site" and "fixtures" still runs each spec against its own site only. (With
 * testMatch patterns, which Playwright matches against the absolute path, every spec ran twice there,
 * half of them against the wrong site.) Lists the tests of a copy of the repository at such a path.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/build-site';

const run = promisify(execFile);
let work: string;
let listed: Map<string, Set<string>>;

interface Suite {
  file: string;
  specs?: { file: string; tests: { projectName: string }[] }[];
  suites?: Suite[];
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'clone-place-'));
  const clone = path.join(work, 'site', 'fixtures', 'blog');
  await mkdir(clone, { recursive: true });
  const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root });
  for (const file of stdout
    .split('\0')
    .filter(
      (f) =>
        f.startsWith('tests/') ||
        f.startsWith('scripts/') ||
        f.startsWith('src/') ||
        f === 'playwright.config.ts' ||
        f === 'package.json',
    )) {
    await mkdir(path.dirname(path.join(clone, file)), { recursive: true });
    await cp(path.join(root, file), path.join(clone, file)).catch(() => undefined); // deleted in the work tree
  }
  await symlink(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  const list = await run(
    path.join(root, 'node_modules/.bin/node'),
    [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--list', '--reporter=json'],
    { cwd: clone, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, CI: '' } },
  );
  listed = new Map();
  // A top-level suite is a spec file (its tests may be defined in a helper, as audits.ts does).
  const walk = (suite: Suite, file: string) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) listed.set(t.projectName, (listed.get(t.projectName) ?? new Set()).add(file));
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of (JSON.parse(list.stdout) as { suites: Suite[] }).suites) walk(suite, suite.file);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the browser suites in a clone under site/fixtures/', () => {
  it.each(['site', 'fixtures'])('the %s project runs the specs of its own folder and no other', async (project) => {
    const own = (await readdir(path.join(root, 'tests/e2e', project))).filter((f) => f.endsWith('.spec.ts'));
    const files = [...(listed.get(project) ?? [])];
    expect(files.sort()).toEqual(own.map((f) => `${project}/${f}`).sort());
  });
});
