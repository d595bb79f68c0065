// The organisation's vocabularies for the administration pages, and the shapes of the
// administration answers (the server's own declarations, type-only). test/ui/admin-types-match.ts
// makes the type check fail if the vocabularies drift from org/.

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

export type { UnitItem, UserAdminItem, Assignee } from '../../../domain/views';
