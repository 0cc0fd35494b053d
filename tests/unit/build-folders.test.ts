import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { buildFolders } from '../../src/build/env.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'build-folders-')));
  made.push(dir);
  return dir;
};

describe('buildFolders', () => {
  test('a project with its own node_modules builds in a root below it, the same for every build', () => {
    const project = tempDir();
    mkdirSync(path.join(project, 'node_modules'));
    const a = buildFolders(project, {});
    expect(a.root.startsWith(path.join(project, 'node_modules', '.astro', 'root-'))).toBe(true);
    expect(a.src).toBe(path.join(project, 'src'));
    expect(a.staged).toBeUndefined();
    expect(buildFolders(project, {})).toEqual(a);
  });

  test('node_modules linked from elsewhere: root and src are real paths, so Vite finds src/ where it is', () => {
    const shared = tempDir();
    mkdirSync(path.join(shared, 'node_modules'));
    const parent = tempDir();
    const project = path.join(parent, 'snapshot');
    mkdirSync(project);
    symlinkSync(path.join(shared, 'node_modules'), path.join(project, 'node_modules'), 'dir');
    const folders = buildFolders(project, { BLOG_CONTENT_DIR: '/posts' });
    // The root lies in the real node_modules, not below the link …
    expect(folders.root.startsWith(path.join(shared, 'node_modules', '.astro-content-'))).toBe(true);
    // … and the source folder is still the snapshot's own, found from there by its real path.
    expect(folders.src).toBe(path.join(project, 'src'));
    expect(path.resolve(folders.root, path.relative(folders.root, folders.src))).toBe(folders.src);
  });

  test('a project reached through a linked folder: every folder is given by its real path', () => {
    const real = tempDir();
    const link = path.join(tempDir(), 'link');
    symlinkSync(real, link, 'dir');
    const folders = buildFolders(link, { BLOG_OUT_DIR: '/elsewhere/out' });
    expect(folders.src).toBe(path.join(real, 'src'));
    expect(folders.public).toBe(path.join(real, 'public'));
    expect(folders.root.startsWith(path.join(real, 'node_modules'))).toBe(true);
    expect(folders.staged).toBe(path.join(folders.root, 'out'));
    expect(folders.out).toBe('/elsewhere/out');
  });

  test('refuses an output folder that is or holds the posts or the project: the build would empty it', () => {
    const project = tempDir();
    const posts = path.join(tempDir(), 'posts');
    mkdirSync(posts);
    for (const out of [posts, path.dirname(posts), project, path.join(project, 'src'), '/']) {
      expect(() => buildFolders(project, { BLOG_CONTENT_DIR: posts, BLOG_OUT_DIR: out }), out).toThrow(
        /출력 폴더\(BLOG_OUT_DIR\).*지워집니다/,
      );
    }
    expect(() => buildFolders(project, { BLOG_CONTENT_DIR: posts, BLOG_OUT_DIR: '.' })).toThrow(/프로젝트/);
    // A folder with files that no build wrote (docs/, tests/): refused; an earlier build's output: fine.
    mkdirSync(path.join(project, 'docs'));
    writeFileSync(path.join(project, 'docs', 'benchmarks.md'), '');
    expect(() => buildFolders(project, { BLOG_CONTENT_DIR: posts, BLOG_OUT_DIR: 'docs' })).toThrow(/빌드한 적이 없는/);
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist', 'index.html'), '');
    // Beside them, or inside the project: fine.
    expect(() =>
      buildFolders(project, { BLOG_CONTENT_DIR: posts, BLOG_OUT_DIR: path.join(project, 'dist') }),
    ).not.toThrow();
    expect(() => buildFolders(project, { BLOG_CONTENT_DIR: posts, BLOG_OUT_DIR: `${posts}-out` })).not.toThrow();
  });
});
