import type { Line } from './hypercube';

/** The published value of a cell, `null` where it is withheld. */
export type PublishedValue = (cell: number) => number | null;

/**
 * What a reader learns too much of from one line:
 * - `single-suppression`: one entry withheld, so it is the line's total minus the rest (or their sum);
 * - `small-hidden-sum`: the total is published and the withheld members add up to less than the
 *   threshold (a small group count in itself), or to no more than there are of them; zeros are
 *   shown, so every withheld member is at least 1, and members withheld with a sum of k are all 1.
 */
export type LineFault = 'single-suppression' | 'small-hidden-sum';

export function lineFault(line: Line, value: PublishedValue, threshold: number): LineFault | null {
  let withheldMembers = 0;
  let publishedSum = 0;
  for (const member of line.members) {
    const v = value(member);
    if (v === null) withheldMembers++;
    else publishedSum += v;
  }
  const total = value(line.total);
  if (withheldMembers + (total === null ? 1 : 0) === 1) return 'single-suppression';
  if (total !== null && withheldMembers > 0 && total - publishedSum < Math.max(threshold, withheldMembers + 1)) return 'small-hidden-sum';
  return null;
}
