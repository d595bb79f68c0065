import type { IndicatorAnswer, StatisticsIndicator } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { ProblemText } from '../components/problem-text';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { formatDate } from '../time/format-date';
import { CellValue } from './cell-value';
import { indicatorValueText } from './indicator-value-text';
import { indicatorQuery, type StatisticsView } from './statistics-view';

/** The liberty indicators the panel shows first, whatever indicator is chosen below (issue 10: limits met, held past a limit, children, custody length, SDG 16.3.2). */
export const HUMAN_RIGHTS_PANEL = ['detention-limit-met', 'held-past-limit', 'children-detained', 'custody-length-days', 'unsentenced-share'];

/** One number of the panel: the indicator over the period, no breakdown; above its target, marked. */
function HumanRightsCard({ indicator, view, href }: { indicator: StatisticsIndicator; view: StatisticsView; href: string }) {
  const { t, lang } = useI18n();
  const answer = useApiGet<IndicatorAnswer>(`/api/statistics/indicators/${encodeURIComponent(indicator.id)}${indicatorQuery(view, indicator, false)}`);
  const total = answer.data?.cells.find((c) => Object.keys(c.key).length === 0) ?? answer.data?.cells[0];
  const above = indicator.target !== null && total?.value != null && !total.withheld && total.value > indicator.target;
  return (
    <Link to={href} className={above ? 'stats-card stats-card-alarm' : 'stats-card'} data-testid={`hr-${indicator.id}`}>
      <span className="stats-card-title">{indicator.title[lang]}</span>
      <span className="stats-card-value" data-value={total?.withheld ? 'withheld' : total?.value ?? ''}>
        {answer.error ? <ProblemText problem={answer.error.problem} /> : answer.data ? <CellValue cell={total} unit={indicator.unit} threshold={answer.data.threshold} /> : '…'}
      </span>
      {total?.withheld && <span className="stats-card-note">{t('stats.withheld')}</span>}
      {indicator.target !== null && (
        <span className="stats-card-note">
          {t('stats.target', { target: indicatorValueText(indicator.target, indicator.unit, lang) })}
          {above && <> · <strong>{t('stats.aboveTarget')}</strong></>}
        </span>
      )}
    </Link>
  );
}

/** The human-rights panel at the top of the dashboard: a number card each for the chosen period. */
export function HumanRightsPanel({ items, view, scope, hrefOf }: { items: readonly StatisticsIndicator[]; view: StatisticsView; scope: string | null; hrefOf: (id: string) => string }) {
  const { t } = useI18n();
  const shown = HUMAN_RIGHTS_PANEL.map((id) => items.find((i) => i.id === id)).filter((i): i is StatisticsIndicator => !!i);
  const period = { from: formatDate(view.from), to: formatDate(view.to) };
  return (
    <section className="stats-hr panel" aria-labelledby="stats-hr-title" data-testid="human-rights-panel">
      <h2 id="stats-hr-title">{t('stats.humanRightsTitle')}</h2>
      <p className="muted small">{scope ? t('stats.humanRightsPeriodRegion', { ...period, region: scope }) : t('stats.humanRightsPeriod', period)}</p>
      <div className="stats-cards">
        {shown.map((i) => <HumanRightsCard key={i.id} indicator={i} view={view} href={hrefOf(i.id)} />)}
      </div>
    </section>
  );
}
