/**
 * URL slug for a tag or series name. Hangul and other letters are kept (browsers show them as written;
 * they are percent-encoded on the wire), everything else becomes a single hyphen. NFC first, so a
 * name typed on macOS (NFD) and on Windows (NFC) lands on the same page.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
