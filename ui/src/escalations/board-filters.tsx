import type { UnitItem } from '../api/admin-types';
import { useI18n } from '../i18n/use-i18n';
import { limitTitle } from '../limits/limit-title';
import { useRulebook } from '../limits/use-rulebook';
import { unitName } from '../org/unit-name';
import { BOARD_SEVERITIES, BOARD_STATUSES, type BoardFilter } from './board-filter';

/** Props of {@link BoardFilters}. */
export interface BoardFiltersProps {
  filter: BoardFilter;
  /** Investigative units to choose from. */
  units: readonly UnitItem[];
  onChange(filter: BoardFilter): void;
}

/** The board's filter controls: status, severity, time limit, the case's unit; each change applies at once. */
export function BoardFilters({ filter, units, onChange }: BoardFiltersProps) {
  const { t, lang, enumLabel } = useI18n();
  const rulebook = useRulebook();
  const set = (name: keyof BoardFilter) => (value: string) => onChange({ ...filter, [name]: value || undefined });
  const select = (name: keyof BoardFilter, label: string, options: Array<{ value: string; label: string }>) => (
    <label className="filter">
      <span>{label}</span>
      <select name={name} data-testid={`board-filter-${name}`} value={filter[name] ?? ''} onChange={(e) => set(name)(e.target.value)}>
        <option value="">{t('board.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const limits = (rulebook?.limits ?? []).map((l) => ({ value: l.id, label: limitTitle(l.id, lang, rulebook) }));
  // a limit chosen from a bookmarked URL stays choosable while the rulebook loads
  if (filter.limit && !limits.some((l) => l.value === filter.limit)) limits.push({ value: filter.limit, label: limitTitle(filter.limit, lang, rulebook) });
  const any = Object.values(filter).some(Boolean);
  return (
    <form className="board-filters" aria-label={t('board.filters')} data-testid="board-filters" onSubmit={(e) => e.preventDefault()}>
      {select('status', t('board.filter.status'), BOARD_STATUSES.map((s) => ({ value: s, label: enumLabel(s) })))}
      {select('severity', t('board.filter.severity'), BOARD_SEVERITIES.map((s) => ({ value: s, label: enumLabel(s) })))}
      {select('limit', t('board.filter.limit'), limits)}
      {select(
        'unit',
        t('board.filter.unit'),
        units.map((u) => ({ value: u.id, label: `${u.code} — ${unitName(u, lang)}` })),
      )}
      {any && (
        <button type="button" className="button-secondary button-small" onClick={() => onChange({})}>
          {t('board.filter.clear')}
        </button>
      )}
    </form>
  );
}
