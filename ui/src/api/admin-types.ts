// Shapes of the administration answers. The server declares them beside code the browser cannot
// load (domain/unit-admin.ts, domain/user-admin.ts, domain/tasks.ts), so they are restated here;
// test/ui/admin-types-match.ts makes the type check fail if the two drift apart.
import type { Role } from './api-types';

/** The kinds of unit in the organisation (org/roles.ts `UnitKind`). */
export const UNIT_KINDS = ['headquarters', 'investigative-unit', 'prosecutor-office', 'court', 'detention-facility', 'probation-office'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The rung of a prosecutor's office on the extension ladder (CPC KR 162). */
export const PROSECUTOR_RUNGS = ['district', 'regional', 'general'] as const;

/** The agencies units belong to (org/organisation-types.ts `Agency`). */
export const AGENCIES = ['interior-ministry', 'national-security', 'prosecutor', 'courts', 'penitentiary', 'probation'] as const;

/** What an investigative unit is related to, and the kind of unit each relation points at (org/organisation-types.ts). */
export const RELATION_KINDS = {
  'supervising-office': 'prosecutor-office',
  court: 'court',
  facility: 'detention-facility',
  'probation-office': 'probation-office',
} as const satisfies Record<string, UnitKind>;
export type RelationKind = keyof typeof RELATION_KINDS;

/** The ranks of a prosecutor of the Prosecutor General's Office (the top rungs of CPC KR 162). */
export const PROSECUTOR_RANKS = ['deputy-prosecutor-general', 'prosecutor-general'] as const;

/** A unit with its relations (`GET /api/units`). */
export interface UnitItem {
  id: string; code: string; name: string; names: { ru: string; ky: string; en: string } | null; agency: string | null; kind: string;
  rung: string | null; parentId: string | null; region: string | null; district: string | null; active: boolean;
  relations: Partial<Record<RelationKind, string>>;
}

/** A user as administrators see it (`GET /api/users`). */
export interface UserAdminItem {
  id: string; username: string; fullName: string; role: Role; unitId: string; unitCode: string; unitName: string;
  prosecutorRank: string | null; active: boolean; createdAt: string;
}

/** A colleague who may perform a task (`GET /api/tasks/:id/assignees`). */
export interface Assignee {
  id: string;
  fullName: string;
  unitName: string;
}
