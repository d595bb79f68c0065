import type { Capabilities } from '../api/api-types';
import { seesCaseWork } from './sees-case-work';

/** Where a user lands after signing in: the inbox, the first page of their own work, or a welcome when there is none. */
export function homePath(can: Capabilities): string {
  if (seesCaseWork(can)) return '/inbox';
  if (can.administer) return '/admin/users';
  if (can.editProcedures) return '/procedures';
  return '/welcome';
}
