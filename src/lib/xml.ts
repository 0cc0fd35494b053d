/** Escapes text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (ch) => `&${({ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' } as const)[ch as '<']};`,
  );
}

/**
 * Plain text for a place that is read as HTML, such as an RSS <description> (feed readers render it):
 * `<` and `&` would otherwise start tags and entities there. The result still needs escapeXml (or a
 * library doing it) to go into XML.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[<>&]/g, (ch) => `&${({ '<': 'lt', '>': 'gt', '&': 'amp' } as const)[ch as '<']};`);
}

/**
 * Characters no feed or page may carry: those XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE,
 * U+FFFF; lone surrogates), and the C1 controls, DEL and noncharacters HTML forbids in text. They come
 * in pasted from word processors or as YAML escapes, mean nothing to a reader, and one of them in a
 * feed makes every reader drop the whole feed.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uD800-\uDFFF]|[\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/gu;

const ANY_FORBIDDEN = new RegExp(FORBIDDEN.source, 'u');

/** Each forbidden character of `text` with its index. */
export function xmlInvalidCharacters(text: string): { char: string; index: number }[] {
  return [...text.matchAll(FORBIDDEN)].map((m) => ({ char: m[0], index: m.index }));
}

/** `text` without the characters no feed or page may carry. */
export function stripXmlInvalid(text: string): string {
  return ANY_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

/** "U+0001" for a character, as an author's editor shows it. */
export const codePointName = (char: string): string =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `value` with the forbidden characters removed from every string in it (plain objects and arrays). */
export function stripXmlInvalidDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripXmlInvalid(value);
  if (Array.isArray(value)) return value.map(stripXmlInvalidDeep);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripXmlInvalidDeep(v)]));
  }
  return value;
}

/** Each forbidden character in the strings of `value`, with the dotted path of its string ("tags.2"). */
export function xmlInvalidCharactersDeep(value: unknown, at = ''): { path: string; char: string }[] {
  if (typeof value === 'string') return xmlInvalidCharacters(value).map(({ char }) => ({ path: at, char }));
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype
      ? Object.entries(value)
      : [];
  return entries.flatMap(([key, v]) => xmlInvalidCharactersDeep(v, at ? `${at}.${key}` : key));
}
