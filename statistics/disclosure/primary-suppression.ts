/**
 * Primary suppression: a count of 1 to threshold - 1 is withheld, be it an inner cell or a margin.
 * Zero is not: in crime statistics "no detentions past the limit" is the finding, a true zero.
 */
export function isBelowThreshold(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}
