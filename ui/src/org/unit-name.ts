import type { UnitItem } from '../api/admin-types';
import type { Lang } from '../i18n/lang';

/** A unit's name in the UI language, from its `names`; the English `name` when it has none. */
export function unitName(unit: Pick<UnitItem, 'name' | 'names'>, lang: Lang): string {
  const local = unit.names?.[lang];
  return local && local.trim() ? local : unit.name;
}
