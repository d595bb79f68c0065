import type { BarSeriesOption } from 'echarts/charts';
import type { AriaComponentOption, GridComponentOption, LegendComponentOption, MarkLineComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { IndicatorCell } from '../api/api-types';
import { TOTAL } from './category-label';
import type { Crosstab } from './crosstab';

/** The ECharts option of the dashboard's chart: bars, axes, tooltip, legend, a target line, ARIA. */
export type ChartOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | MarkLineComponentOption | AriaComponentOption>;

/** What the chart says in words, from the page (labels in the UI language). */
export interface ChartTexts {
  /** A category of the row or column breakdown by name. */
  rowLabel(category: string): string;
  columnLabel(category: string): string;
  /** A value with its unit (`87,5 %`), and a number alone for the axis (`2 500`). */
  value(v: number): string;
  number(v: number): string;
  /** The value axis' name (`%`, `дней`). */
  axisName: string;
  /** The target's line label (`Целевое значение: 0`). */
  targetLabel?: string;
}

// distinguishable in print and for the common colour-vision deficiencies (Okabe–Ito, navy first as the app)
const PALETTE = ['#1d3557', '#e69f00', '#56b4e9', '#009e73', '#d55e00', '#cc79a7', '#0072b2', '#f0e442', '#7f7f7f', '#999933'];

/** The bar chart's height for this many category rows and bars per row, in px. */
export function chartHeight(rows: number, barsPerRow: number, stacked: boolean): number {
  const perRow = stacked || barsPerRow <= 1 ? 30 : 10 + 12 * barsPerRow;
  return Math.max(200, Math.min(1600, rows * perRow + 90));
}

/** A cell's value for the chart: a withheld or missing value is no bar (null), never 0. */
function barValue(c: IndicatorCell | undefined): number | null {
  return c && !c.withheld ? c.value : null;
}

/**
 * Horizontal bars (long Russian region and ICCS names read better down the side) by the first
 * breakdown, one series per category of the second: stacked for counts, which add up, grouped
 * for shares, rates and medians, which do not. No breakdown: one bar, the total.
 */
export function chartOption(table: Crosstab, unit: string, texts: ChartTexts, target: number | null): ChartOption {
  const rows = table.rowDimension ? table.rows : [TOTAL];
  const columns = table.columnDimension ? table.columns : [undefined];
  const stacked = unit === 'count' && columns.length > 1;
  const cellAt = (row: string, column: string | undefined) => table.cell(table.rowDimension ? row : undefined, column);
  const series: BarSeriesOption[] = columns.map((column, i) => ({
    type: 'bar',
    name: column === undefined ? texts.axisName : texts.columnLabel(column),
    stack: stacked ? 'total' : undefined,
    data: rows.map((row) => barValue(cellAt(row, column))),
    barMaxWidth: 26,
    label: { show: !stacked, position: 'right', formatter: (p) => (typeof p.value === 'number' ? texts.value(p.value) : '') },
    // a target of 0 (held past a limit) would lie on the axis itself: it is said beside the chart instead
    ...(i === 0 && target
      ? { markLine: { symbol: 'none', silent: true, lineStyle: { color: '#b3261e', type: 'dashed', width: 2 }, label: { formatter: texts.targetLabel ?? '', position: 'start', color: '#b3261e' }, data: [{ xAxis: target }] } }
      : {}),
  }));
  return {
    color: PALETTE,
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: "'PT Sans', 'Segoe UI', Roboto, Arial, sans-serif" },
    // room above the bars for the legend and the target line's label
    grid: { left: 8, right: 56, top: (columns.length > 1 ? 48 : 16) + (target ? 22 : 0), bottom: 32 },
    legend: columns.length > 1 ? { top: 0, left: 0, type: 'scroll' } : { show: false },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? texts.value(v) : '—'),
    },
    xAxis: {
      type: 'value', name: texts.axisName, nameLocation: 'middle', nameGap: 26, max: unit === 'percent' ? 100 : undefined,
      axisLabel: { formatter: (v: number) => texts.number(v), hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => texts.rowLabel(r)),
      axisLabel: { width: 260, overflow: 'truncate', fontSize: 12 },
      axisTick: { show: false },
    },
    series,
  };
}
