import type { StatisticsCatalogue } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../router/navigate';
import { useLocation } from '../router/use-location';
import { categoryLabel } from '../statistics/category-label';
import { HumanRightsPanel } from '../statistics/human-rights-panel';
import { IndicatorList } from '../statistics/indicator-list';
import { IndicatorView } from '../statistics/indicator-view';
import { StatisticsFilters } from '../statistics/statistics-filters';
import { statisticsSearch, statisticsViewOf, type StatisticsView } from '../statistics/statistics-view';
import '../statistics/statistics.css';
import { bishkekLocalOf } from '../time/bishkek-local-of';

/**
 * `/statistics`: the analyst's national picture (the prosecutor's, of their region). The
 * human-rights panel first, then the indicator catalogue by group beside the chosen indicator with
 * its filters, chart, table and CSV. What is shown is kept in the URL, so a view can be bookmarked.
 */
export function StatisticsPage() {
  const { t, lang } = useI18n();
  const { pathname, searchParams } = useLocation();
  const catalogue = useApiGet<StatisticsCatalogue>('/api/statistics/indicators');
  const items = catalogue.data?.items ?? [];
  const region = catalogue.data?.region ?? null;
  const parsed = statisticsViewOf(searchParams, bishkekLocalOf(Date.now()).slice(0, 10));
  // a regional prosecutor's statistics are of their region: no other region to filter by
  const view: StatisticsView = region ? { ...parsed, filters: { ...parsed.filters, region: undefined } } : parsed;
  const indicator = items.find((i) => i.id === view.indicator) ?? items[0];
  const scope = region && categoryLabel('region', region, { lang });
  const inverted = view.to < view.from;
  const hrefOf = (id: string) => `${pathname}${statisticsSearch({ ...view, indicator: id })}`;
  const setView = (next: StatisticsView) => navigate(`${pathname}${statisticsSearch(next)}`, { replace: true });

  return (
    <section data-testid="statistics">
      <div className="page-title">
        <h1>{t('stats.title')}</h1>
      </div>
      {catalogue.error && <ProblemBox problem={catalogue.error.problem} />}
      {!catalogue.data && catalogue.loading && <Loading />}
      {catalogue.data && (
        <>
          {inverted
            ? <p className="alert alert-error" role="alert">{t('stats.periodInverted')}</p>
            : <HumanRightsPanel items={items} view={view} scope={scope} hrefOf={hrefOf} />}
          <div className="stats-layout">
            <IndicatorList items={items} chosen={indicator?.id} hrefOf={hrefOf} />
            <div className="stats-main">
              <StatisticsFilters view={view} indicator={indicator} regionScoped={region !== null} onChange={setView} />
              {!indicator && <p className="empty">{t('stats.noIndicators')}</p>}
              {indicator && !inverted && <IndicatorView key={indicator.id} indicator={indicator} view={view} scope={scope} />}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
