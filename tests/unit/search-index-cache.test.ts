import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyTree } from '../../src/search/index-cache';

describe('copyTree (the search index into its cache and back)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'blog-index-cache-'));
    mkdirSync(join(dir, 'index/fragment'), { recursive: true });
    writeFileSync(join(dir, 'index/pagefind-entry.json'), '{"version":"1.6.0"}');
    writeFileSync(join(dir, 'index/fragment/ko_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links the files on one file system rather than writing them again', async () => {
    await copyTree(join(dir, 'index'), join(dir, 'copy'));
    for (const file of ['pagefind-entry.json', 'fragment/ko_1.pf_fragment']) {
      const original = statSync(join(dir, 'index', file));
      const copy = statSync(join(dir, 'copy', file));
      expect(copy.ino).toBe(original.ino);
      expect(copy.nlink).toBe(2);
    }
    // The cache is replaced by removing it: the output keeps its files.
    rmSync(join(dir, 'index'), { recursive: true });
    expect(readFileSync(join(dir, 'copy/pagefind-entry.json'), 'utf8')).toBe('{"version":"1.6.0"}');
  });

  it('copies where a file system refuses links, and stops trying after the first refusal', async () => {
    let tries = 0;
    const refuse = async () => {
      tries++;
      throw Object.assign(new Error('cross-device link not permitted'), { code: 'EXDEV' });
    };
    await copyTree(join(dir, 'index'), join(dir, 'copy'), refuse);
    expect(readFileSync(join(dir, 'copy/fragment/ko_1.pf_fragment'))).toEqual(Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    expect(statSync(join(dir, 'copy/pagefind-entry.json')).ino).not.toBe(
      statSync(join(dir, 'index/pagefind-entry.json')).ino,
    );
    expect(tries).toBeLessThanOrEqual(2); // two files in flight at once may both have asked
  });
});
