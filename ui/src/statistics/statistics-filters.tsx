import { useId, type ReactNode } from 'react';
import type { StatisticsDimension, StatisticsIndicator } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { REGIONS } from '../org/regions';
import { categoryLabel, dimensionName } from './category-label';
import { allowedBreakdowns, type FilterDimension, type StatisticsView } from './statistics-view';

// the API counts from 1990 (statistics/indicators/indicator-request.ts)
const FIRST_DAY = '1990-01-01';
const FILTER_CHOICES: Record<FilterDimension, readonly string[]> = { region: REGIONS, sex: ['female', 'male'] };

/** A labelled control; the label names it by `for`, so its name is the label alone (not the label and the chosen option). */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/**
 * The period (the year so far unless changed), up to two breakdowns of those the indicator allows
 * ("by", "then by"), and the region and sex filters where it allows them; the region filter is
 * left out when the user's statistics cover one region only. Every change re-queries.
 */
export function StatisticsFilters({ view, indicator, regionScoped, onChange }: {
  view: StatisticsView;
  indicator?: StatisticsIndicator;
  regionScoped: boolean;
  onChange: (view: StatisticsView) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const dims = indicator?.dimensions ?? [];
  const [first, second] = indicator ? allowedBreakdowns(view, indicator) : [];
  const setBy = (by: (string | undefined)[]) => onChange({ ...view, by: by.filter((d): d is StatisticsDimension => !!d) });
  const breakdown = (name: string, label: string, value: string | undefined, options: readonly StatisticsDimension[], set: (d: string) => void, disabled = false) => (
    <Field id={`${id}-${name}`} label={label}>
      <select id={`${id}-${name}`} value={value ?? ''} onChange={(e) => set(e.target.value)} disabled={disabled}>
        <option value="">{t('stats.noBreakdown')}</option>
        {options.map((d) => <option key={d} value={d}>{dimensionName(d, lang)}</option>)}
      </select>
    </Field>
  );
  const filter = (name: FilterDimension) => dims.includes(name) && !(name === 'region' && regionScoped) && (
    <Field id={`${id}-${name}`} label={dimensionName(name, lang)}>
      <select
        id={`${id}-${name}`}
        value={view.filters[name] ?? ''}
        onChange={(e) => onChange({ ...view, filters: { ...view.filters, [name]: e.target.value || undefined } })}
      >
        <option value="">{t('stats.all')}</option>
        {FILTER_CHOICES[name].map((v) => <option key={v} value={v}>{categoryLabel(name, v, { lang })}</option>)}
      </select>
    </Field>
  );

  return (
    <form className="board-filters stats-filters" onSubmit={(e) => e.preventDefault()} data-testid="stats-filters">
      <Field id={`${id}-from`} label={t('stats.from')}>
        <input id={`${id}-from`} type="date" min={FIRST_DAY} value={view.from} required onChange={(e) => e.target.value && onChange({ ...view, from: e.target.value })} />
      </Field>
      <Field id={`${id}-to`} label={t('stats.to')}>
        <input id={`${id}-to`} type="date" min={FIRST_DAY} value={view.to} required onChange={(e) => e.target.value && onChange({ ...view, to: e.target.value })} />
      </Field>
      {indicator && breakdown('by', t('stats.by'), first, dims, (d) => setBy([d, d === second ? undefined : second]))}
      {indicator && breakdown('then-by', t('stats.thenBy'), second, dims.filter((d) => d !== first), (d) => setBy([first, d]), !first)}
      {filter('region')}
      {filter('sex')}
    </form>
  );
}
