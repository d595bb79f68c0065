import type { Rulebook } from '../../../law/rulebook-types';
import type { Escalation } from '../api/api-types';

/**
 * Whether the board offers Order release on an escalation: a term of deprivation of liberty of a
 * person (the rulebook's `libertyTerm`: detention, custody, ...) has expired, so the person may be
 * held no longer (CPC KR 12(2), 100(2); Constitution KR 59). Not offered until the rulebook is
 * loaded. The server decides whether a release is open for that person (409 `no-release-task`).
 */
export function canOrderRelease(e: Pick<Escalation, 'severity' | 'personId' | 'limitId'>, rulebook: Rulebook | undefined): boolean {
  if (e.severity !== 'expired' || e.personId === null || e.limitId === null) return false;
  return rulebook?.limits.find((l) => l.id === e.limitId)?.libertyTerm === true;
}
