/**
 * Whole numbers as a reader would list them: [2, 3, 4, 7] → "2–4, 7". Sorted and without repeats
 * first, so the order given does not matter. For messages that name missing places (a series' parts),
 * which could otherwise run to thousands of numbers.
 */
export function numberRanges(numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    ranges.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.join(', ');
}
