import { createHash } from 'node:crypto';
import { OG_TEMPLATE_VERSION, type CardContent } from './card.ts';

/**
 * Cache key of a card: a hash of everything that decides its pixels. The text it shows, the template
 * version and the identity of the font files; change any and the card is drawn again.
 */
export function cardKey(content: CardContent, fontId: string, templateVersion = OG_TEMPLATE_VERSION): string {
  const parts = [
    `v${templateVersion}`,
    fontId,
    content.title,
    content.kicker ?? '',
    content.subject ?? '',
    content.blogName,
  ].map((part) => part.normalize('NFC'));
  // JSON keeps field boundaries unambiguous ("a|b" + "c" vs "a" + "b|c").
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
