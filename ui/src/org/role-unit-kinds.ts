import type { UnitItem } from '../api/admin-types';
import type { Role } from '../api/api-types';
import { roleRules } from '../../../org/roles';

/**
 * The units a user of `role` may belong to: those of a kind the role sits in (org/roles.ts, the
 * server's own table, imported as it is free of server code), active ones only. Any unit while no
 * role is chosen.
 */
export function unitsForRole(units: readonly UnitItem[], role: Role | ''): UnitItem[] {
  const kinds: readonly string[] | undefined = role ? roleRules[role]?.unitKinds : undefined;
  return units.filter((u) => u.active && (!kinds || kinds.includes(u.kind)));
}
