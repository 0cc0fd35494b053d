import { describe, expect, it } from 'vitest';
import { isValidIsbn, normalizeIsbn } from '../../src/lib/isbn';

describe('isValidIsbn', () => {
  it('accepts valid ISBN-13s, with or without hyphens and spaces', () => {
    expect(isValidIsbn('978-89-364-3412-0')).toBe(true);
    expect(isValidIsbn('9780306406157')).toBe(true);
    expect(isValidIsbn('978 0 306 40615 7')).toBe(true);
  });

  it('accepts valid ISBN-10s, including an X check digit in either case', () => {
    expect(isValidIsbn('0-306-40615-2')).toBe(true);
    expect(isValidIsbn('0-8044-2957-X')).toBe(true);
    expect(isValidIsbn('0-8044-2957-x')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidIsbn('978-89-364-3412-1')).toBe(false);
    expect(isValidIsbn('0-306-40615-3')).toBe(false);
  });

  it('rejects the wrong length, an ISBN-13 without the 978/979 prefix, and X outside ISBN-10', () => {
    expect(isValidIsbn('978893643412')).toBe(false);
    // 9770306406156 has a correct EAN check digit but 977 is the ISSN prefix, not an ISBN.
    expect(isValidIsbn('9770306406156')).toBe(false);
    expect(isValidIsbn('978030640615X')).toBe(false);
    expect(isValidIsbn('')).toBe(false);
  });
});

describe('normalizeIsbn', () => {
  it('strips hyphens and spaces and upper-cases X', () => {
    expect(normalizeIsbn(' 978-89-364-3412-0 ')).toBe('9788936434120');
    expect(normalizeIsbn('0-8044-2957-x')).toBe('080442957X');
  });
});
