import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { faviconSvg } from '../../src/brand/icons';

describe('the favicon', () => {
  it('public/favicon.svg is the mark as faviconSvg() draws it (one drawing, in step)', () => {
    expect(readFileSync('public/favicon.svg', 'utf8').trim()).toBe(faviconSvg());
  });
});
