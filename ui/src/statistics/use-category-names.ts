import { useI18n } from '../i18n/use-i18n';
import { useRulebook } from '../limits/use-rulebook';
import { useUnits } from '../org/use-units';
import type { CategoryNames } from './category-label';

/** What `categoryLabel` needs to name units and limits, in the UI language. */
export function useCategoryNames(): CategoryNames {
  const { lang } = useI18n();
  return { lang, units: useUnits(), rulebook: useRulebook() };
}
