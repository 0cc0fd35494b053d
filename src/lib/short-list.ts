/**
 * A list of names where space is short (cards, the shelf, the quotes page): up to `most` names joined,
 * else the first `most - 1` and how many more, in the words `more` gives ("외 4명", "and 4 others").
 * One rule for every language; the words are each language's own (src/i18n).
 */
export function shortList(names: readonly string[], more: (shown: string, rest: number) => string, most = 4): string {
  if (names.length <= most) return names.join(', ');
  return more(names.slice(0, most - 1).join(', '), names.length - (most - 1));
}
