import type { Capabilities } from '../api/api-types';

/**
 * Whether the user works on cases (inbox, cases): every role that performs procedural acts. Legal
 * staff, analysts, auditors and administrators see no case contents (domain/case-scope.ts); each
 * of them, and only they, holds one of the capabilities below, so the menu follows `can` alone.
 */
export function seesCaseWork(can: Capabilities): boolean {
  return !(can.editProcedures || can.statistics || can.audit || can.administer);
}
