/**
 * Acts the law wants at once, with no term of their own: the release of a detainee held past the
 * limit (CPC KR 100(2), 12(2): freed immediately). Their task is due the moment it opens, so it is
 * overdue, and first in every list, from then on.
 */
const atOnce = new Set(['release']);

export function dueAtOnce(recordType: string): boolean {
  return atOnce.has(recordType);
}
