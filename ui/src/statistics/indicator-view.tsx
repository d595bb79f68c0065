import { useState } from 'react';
import type { ApiError } from '../api/api-error';
import type { IndicatorAnswer, StatisticsDimension, StatisticsIndicator } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { formatDate } from '../time/format-date';
import { dimensionName, TOTAL } from './category-label';
import { downloadIndicatorCsv } from './download-indicator-csv';
import { IndicatorFigure } from './indicator-figure';
import { indicatorValueText } from './indicator-value-text';
import { indicatorQuery, type StatisticsView } from './statistics-view';

/**
 * Nothing to show: no cell, or a breakdown with no category (no fact in the period). A total of
 * 0 is shown: for persons held past a limit it is the target.
 */
function isEmpty(answer: IndicatorAnswer): boolean {
  return answer.cells.every((c) => answer.by.length > 0 && answer.by.every((d) => c.key[d] === TOTAL));
}

/**
 * The chosen indicator: its title and written definition, scope, period, breakdown and target,
 * the CSV of the same query, and the answer as a chart and a table (or why there is none).
 */
export function IndicatorView({ indicator, view, scope }: { indicator: StatisticsIndicator; view: StatisticsView; scope: string | null }) {
  const { t, lang } = useI18n();
  const query = indicatorQuery(view, indicator);
  const answer = useApiGet<IndicatorAnswer>(`/api/statistics/indicators/${encodeURIComponent(indicator.id)}${query}`);
  const [csvError, setCsvError] = useState<ApiError>();
  const data = answer.data;

  async function downloadCsv() {
    setCsvError(undefined);
    try {
      await downloadIndicatorCsv(indicator.id, query);
    } catch (err) {
      setCsvError(err as ApiError);
    }
  }

  return (
    <article className="stats-view" data-testid="indicator-view" data-indicator={indicator.id}>
      <div className="section-title">
        <h2>{indicator.title[lang]}</h2>
        <button type="button" className="button-secondary button-small" onClick={() => void downloadCsv()} data-testid="stats-csv">{t('stats.csv')}</button>
      </div>
      {csvError && <ProblemBox problem={csvError.problem} />}
      <p className="stats-definition"><strong>{t('stats.definition')}:</strong> {indicator.definition[lang]}</p>
      <dl className="facts stats-facts">
        <div><dt>{t('stats.scope')}</dt><dd data-testid="stats-scope">{scope ?? t('stats.scopeCountry')}</dd></div>
        <div><dt>{t('stats.period')}</dt><dd>{formatDate(view.from)} — {formatDate(view.to)}{indicator.stock && <span className="muted"> ({t('stats.stock')})</span>}</dd></div>
        {data && data.by.length > 0 && <div><dt>{t('stats.by')}</dt><dd>{data.by.map((d) => dimensionName(d as StatisticsDimension, lang)).join(', ')}</dd></div>}
        {indicator.target !== null && <div><dt>{t('stats.targetName')}</dt><dd data-testid="stats-target">{indicatorValueText(indicator.target, indicator.unit, lang)}</dd></div>}
      </dl>
      {answer.error && <ProblemBox problem={answer.error.problem} />}
      {!data && answer.loading && <Loading />}
      {data && (isEmpty(data) ? <p className="empty" data-testid="stats-empty">{t('stats.empty')}</p> : <IndicatorFigure answer={data} />)}
    </article>
  );
}
