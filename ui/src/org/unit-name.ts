import type { UnitItem } from '../api/admin-types';
import type { Lang } from '../i18n/lang';

/** A unit's name in the UI language, from its `names`; the English `name` when it has none. */
export function unitName(unit: Pick<UnitItem, 'name' | 'names'>, lang: Lang): string {
  const local = unit.names?.[lang];
  return local && local.trim() ? local : unit.name;
}

/**
 * A unit the server named only by its English `name` (a colleague's unit among a task's assignees)
 * in the UI language, when the units list has a unit of that name; else the name as given.
 */
export function unitNameByEnglish(units: readonly UnitItem[] | undefined, name: string, lang: Lang): string {
  const unit = units?.find((u) => u.name === name);
  return unit ? unitName(unit, lang) : name;
}
