import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';

describe('slugify', () => {
  it('keeps Hangul as written', () => {
    expect(slugify('양자컴퓨팅')).toBe('양자컴퓨팅');
  });

  it('gives an NFD name (typed on macOS) the same slug as its NFC twin', () => {
    const nfc = '에너지 전환';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('에너지-전환');
  });

  it('folds case, so "AI" and "ai" share a page', () => {
    expect(slugify('AI')).toBe('ai');
    expect(slugify('GPT-4 Turbo')).toBe('gpt-4-turbo');
  });

  it('collapses runs of spaces and punctuation into one hyphen and trims the ends', () => {
    expect(slugify('  AI · 에너지 / 전력!! ')).toBe('ai-에너지-전력');
    expect(slugify('C++ & Rust')).toBe('c-rust');
  });

  it('keeps digits and other scripts', () => {
    expect(slugify('2024년 11월호')).toBe('2024년-11월호');
    expect(slugify('日本語 Café')).toBe('日本語-café');
  });

  it('gives an empty slug for a name with no letters or digits', () => {
    expect(slugify('!!! ---')).toBe('');
  });
});
