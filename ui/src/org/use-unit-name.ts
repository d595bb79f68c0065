import { useI18n } from '../i18n/use-i18n';
import { unitName } from './unit-name';
import { useUnits } from './use-units';

/**
 * The name of the unit `unitId` in the UI language once the units are loaded; until then, or for
 * a unit not in the list, `fallback` (the English name the server put beside the id).
 */
export function useUnitName(unitId: string | null | undefined, fallback: string | null | undefined): string | null {
  const { lang } = useI18n();
  const units = useUnits();
  const unit = unitId ? units?.find((u) => u.id === unitId) : undefined;
  return unit ? unitName(unit, lang) : (fallback ?? null);
}
