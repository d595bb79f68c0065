import type { UnitItem } from '../api/admin-types';
import type { Lang } from '../i18n/lang';

/** A unit's name in the UI language, from its `names`; the English `name` when it has none. */
export function unitName(unit: Pick<UnitItem, 'name' | 'names'>, lang: Lang): string {
  const local = unit.names?.[lang];
  return local && local.trim() ? local : unit.name;
}

/** A unit given by id (a colleague's unit among a task's assignees) in the UI language; the server's English name when the units list lacks it. */
export function unitNameById(units: readonly UnitItem[] | undefined, id: string, fallback: string, lang: Lang): string {
  const unit = units?.find((u) => u.id === id);
  return unit ? unitName(unit, lang) : fallback;
}
