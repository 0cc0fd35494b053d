import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { devIndexAnswer } from '../../src/search/dev-index';

describe('the dev server serving the last build’s search index', () => {
  let outDir = '';
  beforeAll(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'dev-index-'));
    await mkdir(path.join(outDir, 'pagefind', 'fragment'), { recursive: true });
    await writeFile(path.join(outDir, 'pagefind', 'pagefind.js'), 'export {}');
  });

  it('serves a file of the index with its type', async () => {
    expect(await devIndexAnswer(outDir, '/pagefind/pagefind.js?v=1')).toEqual({
      kind: 'file',
      file: path.join(outDir, 'pagefind', 'pagefind.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('leaves other addresses to the dev server', async () => {
    expect(await devIndexAnswer(outDir, '/posts/x/')).toEqual({ kind: 'pass' });
    expect(await devIndexAnswer(outDir, '/posts/%E0%A4%A/')).toEqual({ kind: 'pass' });
    // Dot segments are resolved as a browser resolves them: these are not under /pagefind/ at all.
    expect(await devIndexAnswer(outDir, '/pagefind/../index.html')).toEqual({ kind: 'pass' });
    expect(await devIndexAnswer(outDir, '/pagefind/%2e%2e/package.json')).toEqual({ kind: 'pass' });
  });

  it('answers 404, without throwing, for a folder, a missing file, a malformed address or an encoded way out', async () => {
    for (const url of [
      '/pagefind/',
      '/pagefind/fragment',
      '/pagefind/missing.js',
      '/pagefind/%E0%A4%A',
      '/pagefind/%2e%2e%2f%2e%2e%2fpackage.json',
    ]) {
      expect(await devIndexAnswer(outDir, url), url).toEqual({ kind: 'not-found' });
    }
  });
});
