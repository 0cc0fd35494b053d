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
