import type { IndicatorCell } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { indicatorValueText } from './indicator-value-text';

/**
 * A published value with its unit; a withheld one is a dash explained by its title and the
 * legend (not "<5", which would tell the range, and never 0); a value that cannot be computed
 * (no cases behind a share or a median) is said as such.
 */
export function CellValue({ cell, unit, threshold }: { cell: IndicatorCell | undefined; unit: string; threshold: number }) {
  const { t, lang } = useI18n();
  const noValue = <span className="muted" title={t('stats.noValueTitle')}>{t('stats.noValue')}</span>;
  // the API publishes every combination of the categories present: one absent means no data at all
  if (!cell) return unit === 'count' ? <>0</> : noValue;
  if (cell.withheld) {
    return <span className="stats-withheld" title={t('stats.withheldLegend', { threshold })} aria-label={t('stats.withheld')} data-withheld="true">—</span>;
  }
  if (cell.value === null) return noValue;
  return <>{indicatorValueText(cell.value, unit, lang)}</>;
}
