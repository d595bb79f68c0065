import type { Escalation } from '../api/api-types';

// the limits of a deprivation of liberty: detention (CPC KR 99-100) and custody, also at trial or for extradition
const LIBERTY_LIMIT = /(^|\.)(detention|custody)(\.|$)/;

/**
 * Whether the board offers Order release on an escalation: a detention or custody limit of a
 * person has expired, so the person must be released now (CPC KR 100(2); Constitution KR 59).
 * The server decides whether a release is open for that person (409 `no-release-task` if not).
 */
export function canOrderRelease(e: Pick<Escalation, 'severity' | 'personId' | 'limitId'>): boolean {
  return e.severity === 'expired' && e.personId !== null && e.limitId !== null && LIBERTY_LIMIT.test(e.limitId);
}
