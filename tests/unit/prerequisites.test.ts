import { describe, expect, it } from 'vitest';
import { missingPrerequisites } from '../support/prerequisites';

describe('what the browser tests need from the machine', () => {
  it('finds Chromium, Java and a Hangul font here, or names what is missing with its install command', () => {
    const missing = missingPrerequisites();
    for (const line of missing) expect(line).toMatch(/: (sudo apt-get install|npx playwright install)/);
    // The machines the project runs on (CI installs these first, in .ci/run).
    expect(missing).toEqual([]);
  });

  it('says when no Hangul font is installed', () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent'; // neither fc-list nor java can be found
    try {
      const missing = missingPrerequisites().join('\n');
      if (process.platform === 'linux') expect(missing).toContain('fonts-noto-cjk');
      expect(missing).toContain('default-jre-headless');
    } finally {
      process.env.PATH = path;
    }
  });
});
