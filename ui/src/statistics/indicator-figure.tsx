import { lazy, Suspense, useMemo } from 'react';
import type { IndicatorAnswer, StatisticsDimension } from '../api/api-types';
import { Loading } from '../components/loading';
import { useI18n } from '../i18n/use-i18n';
import { categoryLabel } from './category-label';
import { chartHeight, chartOption } from './chart-option';
import { crosstabOf } from './crosstab';
import { IndicatorTable } from './indicator-table';
import { formatNumber, indicatorValueText } from './indicator-value-text';
import { useCategoryNames } from './use-category-names';
import { withheldBars } from './withheld-list';

// ECharts is fetched only when a chart is first drawn, so the rest of the app stays as small as it was
const IndicatorChart = lazy(() => import('./indicator-chart'));
const MAX_NAMED_WITHHELD = 6;
const LONG_LABEL = 28;

/**
 * An answer drawn: a bar chart by the first breakdown (the second stacked or grouped) beside a
 * table with the totals, the categories named in the UI language; the withheld cells are absent
 * from the chart and listed under it, dashes in the table, explained by the legend.
 */
export function IndicatorFigure({ answer }: { answer: IndicatorAnswer }) {
  const { t, tMaybe, lang } = useI18n();
  const names = useCategoryNames();
  const { indicator } = answer;
  const title = indicator.title[lang];
  const table = useMemo(() => crosstabOf(answer.cells, answer.by as StatisticsDimension[]), [answer]);
  const label = (d: StatisticsDimension, v: string) => categoryLabel(d, v, names);
  // a row or column of the table by name; with no breakdown the one cell is the total
  const rowLabel = (r: string | undefined) => (table.rowDimension && r !== undefined ? label(table.rowDimension, r) : t('stats.total'));
  const columnLabel = (c: string) => (table.columnDimension ? label(table.columnDimension, c) : c);
  const withheld = withheldBars(table, (r, c) => (c === undefined ? rowLabel(r) : `${rowLabel(r)} · ${columnLabel(c)}`));
  const option = useMemo(() => {
    const value = (v: number) => indicatorValueText(v, indicator.unit, lang);
    const target = indicator.target === null ? undefined : t('stats.target', { target: value(indicator.target) });
    return chartOption(table, indicator.unit, {
      rowLabel, columnLabel, value, number: (v) => formatNumber(v, lang), axisName: tMaybe(`stats.axis.${indicator.unit}`) ?? '', targetLabel: target,
    }, indicator.target);
    // the labels change with the language and once the units and the rulebook have loaded
  }, [table, indicator, lang, names.units, names.rulebook]);
  // the table beside the chart while it is narrow; a wide one (many columns, long names such as the ICCS sections) below it, so that neither is squeezed
  const wide = table.columns.length > 2 || table.rows.some((r) => rowLabel(r).length > LONG_LABEL);
  const height = chartHeight(table.rowDimension ? table.rows.length : 1, Math.max(1, table.columns.length), indicator.unit === 'count');

  return (
    <>
      <div className={wide ? 'stats-figure stats-figure-stacked' : 'stats-figure'}>
        <div className="stats-chart-box">
          <Suspense fallback={<Loading />}>
            <IndicatorChart option={option} height={height} label={t('stats.chart', { title })} />
          </Suspense>
          {withheld.length > 0 && (
            <p className="small muted" data-testid="stats-withheld-bars">
              {/* a few are named; many would bury the chart under their names, and the table marks each */}
              {withheld.length <= MAX_NAMED_WITHHELD ? t('stats.withheldInChart', { list: withheld.join('; ') }) : t('stats.withheldInChartCount', { count: withheld.length })}
            </p>
          )}
        </div>
        <div className="stats-table-box">
          <IndicatorTable answer={answer} table={table} label={label} caption={t('stats.table', { title })} />
        </div>
      </div>
      <p className="small muted stats-legend">{t('stats.withheldLegend', { threshold: answer.threshold })}</p>
    </>
  );
}
