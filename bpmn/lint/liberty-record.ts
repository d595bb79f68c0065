/**
 * Record types whose act decides on someone's liberty: detention, preventive measures, custody and
 * its extension, bail, house arrest, release, extradition custody. A timer on such an act guards a
 * liberty term (Constitution KR 59(4); CPC KR 100, 115) and must cite the rulebook.
 */
export const LIBERTY = /detention|custody|measure|release|bail|arrest|extradition/;

/** Whether a record type is about someone's liberty. */
export function isLibertyRecord(recordType: string): boolean {
  return LIBERTY.test(recordType);
}
