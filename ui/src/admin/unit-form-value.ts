import { RELATION_KINDS, type RelationKind, type UnitItem } from '../api/admin-types';

/** What the unit form edits, every value a string ('' for none) but `active`. */
export interface UnitFormValue {
  code: string;
  name: { ru: string; ky: string; en: string };
  agency: string;
  kind: string;
  rung: string;
  parentId: string;
  region: string;
  district: string;
  active: boolean;
  relations: Record<RelationKind, string>;
}

const NO_RELATIONS = Object.fromEntries(Object.keys(RELATION_KINDS).map((k) => [k, ''])) as Record<RelationKind, string>;

/** The form's start: the unit as it is (a unit without names in three languages shows its one name in each), or a blank one. */
export function unitFormValue(unit?: UnitItem): UnitFormValue {
  return {
    code: unit?.code ?? '',
    name: unit?.names ?? { ru: unit?.name ?? '', ky: unit?.name ?? '', en: unit?.name ?? '' },
    agency: unit?.agency ?? '',
    kind: unit?.kind ?? '',
    rung: unit?.rung ?? '',
    parentId: unit?.parentId ?? '',
    region: unit?.region ?? '',
    district: unit?.district ?? '',
    active: unit?.active ?? true,
    relations: { ...NO_RELATIONS, ...unit?.relations },
  };
}

/**
 * The body of `POST /api/units` (with the code) or `PATCH /api/units/:id` (without: it cannot
 * change). The names always go in all three languages, blanks as null; the rung only for a
 * prosecutor's office; relations only for an investigative unit, and only those chosen.
 */
export function unitBody(value: UnitFormValue, creating: boolean): Record<string, unknown> {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  const body: Record<string, unknown> = {
    name: { ru: value.name.ru.trim(), ky: value.name.ky.trim(), en: value.name.en.trim() },
    agency: orNull(value.agency),
    kind: value.kind,
    parentId: orNull(value.parentId),
    region: orNull(value.region),
    district: orNull(value.district),
  };
  if (creating) body.code = value.code.trim();
  else body.active = value.active;
  if (value.kind === 'prosecutor-office') body.rung = value.rung;
  if (value.kind === 'investigative-unit') {
    body.relations = Object.fromEntries(Object.entries(value.relations).filter(([, id]) => id !== ''));
  }
  return body;
}
