const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * A text that opens with a sign ("#AI", "『채식주의자』", "(개정판)") split after the letter that follows
 * the sign: rendered with `lead` in a no-wrap span, a long name wraps after its first letter and the
 * sign never stands alone at a line's end. Text opening with a letter has no lead.
 */
export function splitLead(text: string): { lead: string; rest: string } {
  if (!/^[\p{P}\p{S}]/u.test(text)) return { lead: '', rest: text };
  let lead = '';
  for (const { segment } of graphemes.segment(text)) {
    lead += segment;
    if (!/^[\p{P}\p{S}\s]+$/u.test(lead)) break;
  }
  return { lead, rest: text.slice(lead.length) };
}
