import type { Capabilities } from '../api/api-types';

/** Where a user lands after signing in: the inbox, the first page of their own work (the analyst's: the statistics), or a welcome when there is none. */
export function homePath(can: Capabilities): string {
  if (can.inbox) return '/inbox';
  if (can.administer) return '/admin/users';
  if (can.editProcedures) return '/procedures';
  if (can.audit) return '/audit';
  if (can.statistics) return '/statistics';
  return '/welcome';
}
