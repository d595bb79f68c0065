import type { Rulebook } from '../../../law/rulebook-types';
import type { StatisticsDimension } from '../api/api-types';
import type { UnitItem } from '../api/admin-types';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { limitTitle } from '../limits/limit-title';
import { unitName } from '../org/unit-name';

/** Marks, in a cell's key, a dimension the cell sums over (statistics/disclosure/table-types.ts). */
export const TOTAL = '*';

/** What names a category besides the dictionary: the units (by id) and the rulebook (limit titles), once loaded. */
export interface CategoryNames {
  lang: Lang;
  units?: readonly UnitItem[];
  rulebook?: Rulebook;
}

/**
 * A category of a breakdown as the dashboard shows it, in text (the chart needs strings): regions,
 * sexes, age bands, gravity and relationships by their enum labels, agencies by the organisation's
 * names, a unit by its name, a limit by its rulebook title, ICCS sections by the ICCS names; `*`
 * is the total, `unknown` is said as such; anything unlabelled stays its code.
 */
export function categoryLabel(dimension: StatisticsDimension, value: string, names: CategoryNames): string {
  const { lang } = names;
  const message = (key: string) => lookupMessage(lang, key);
  if (value === TOTAL) return message('stats.total') ?? value;
  if (value === 'unknown') return message('enum.unknown') ?? value;
  switch (dimension) {
    case 'unit': {
      const unit = names.units?.find((u) => u.id === value);
      return unit ? unitName(unit, lang) : value;
    }
    case 'limit':
      return limitTitle(value, lang, names.rulebook);
    case 'agency':
      return message(`agency.${value}`) ?? value;
    case 'iccs':
      return message(`stats.iccs.${value}`) ?? value;
    case 'child':
      return message(`stats.child.${value}`) ?? value;
    default:
      return message(`enum.${value}`) ?? value;
  }
}

/** A breakdown by name ("Регион", "Возрастная группа"). */
export function dimensionName(dimension: StatisticsDimension, lang: Lang): string {
  return lookupMessage(lang, `stats.dim.${dimension}`) ?? dimension;
}
