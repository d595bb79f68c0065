import type { UnitRelationKind } from '../domain/views';
import type { UnitKind } from './roles';

export type Names = { ru: string; ky: string; en: string };
export type Agency = 'interior-ministry' | 'national-security' | 'prosecutor' | 'courts' | 'penitentiary' | 'probation';
/** The rung of a prosecutor's office on the extension ladder (CPC KR 162). */
export type ProsecutorRung = 'district' | 'regional' | 'general';
/** What an investigative unit is related to: who supervises it, hears it, holds and supervises its people. */
export type RelationKind = UnitRelationKind;

export interface OrgUnit {
  code: string;
  name: Names;
  agency: Agency;
  kind: UnitKind;
  parent: string | null;
  region: string | null;
  district: string | null;
  rung?: ProsecutorRung;
}

export interface OrgRelation {
  unit: string;
  kind: RelationKind;
  related: string;
}

/** org/organisation.schema.json */
export interface Organisation {
  version: string;
  description?: string;
  agencies: Array<{ code: Agency; name: Names }>;
  units: OrgUnit[];
  relations: OrgRelation[];
}

/** The kind of unit each relation points at. */
export const relatedKind: Record<RelationKind, UnitKind> = {
  'supervising-office': 'prosecutor-office',
  court: 'court',
  facility: 'detention-facility',
  'probation-office': 'probation-office',
};
