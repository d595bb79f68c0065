import type { StatisticsDimension, StatisticsIndicator } from '../api/api-types';

/** The breakdowns the dashboard offers as a filter (a select each), when the indicator allows them. */
export const FILTER_DIMENSIONS = ['region', 'sex'] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** How many breakdowns the dashboard offers ("by" and "then by"); the API takes three. */
export const MAX_BREAKDOWNS = 2;

/**
 * What the dashboard shows, kept in the page's URL (`/statistics?indicator=…&from=…&by=region,sex&sex=female`)
 * so that a view can be bookmarked and sent: the indicator, the period (Bishkek days, both
 * included), up to two breakdowns and the filters.
 */
export interface StatisticsView {
  indicator?: string;
  from: string;
  to: string;
  by: StatisticsDimension[];
  filters: Partial<Record<FilterDimension, string>>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// what the server accepts as an id or a category (statistics/indicators/indicator-request.ts): anything else would be a 400
const CODE = /^[a-z0-9][a-z0-9.-]{0,63}$/;
const DIMENSIONS: readonly string[] = ['region', 'agency', 'unit', 'iccs', 'gravity', 'sex', 'age', 'child', 'relationship', 'limit'] satisfies StatisticsDimension[];

/** The view in a URL's query; a missing or malformed period is the year so far up to `today` (yyyy-mm-dd). */
export function statisticsViewOf(params: URLSearchParams, today: string): StatisticsView {
  const day = (name: string, fallback: string) => {
    const v = params.get(name);
    return v && DAY.test(v) ? v : fallback;
  };
  const by = (params.get('by') ?? '').split(',')
    .filter((d, i, all): d is StatisticsDimension => DIMENSIONS.includes(d) && all.indexOf(d) === i)
    .slice(0, MAX_BREAKDOWNS);
  const filters: StatisticsView['filters'] = {};
  for (const name of FILTER_DIMENSIONS) {
    const v = params.get(name);
    if (v && CODE.test(v)) filters[name] = v;
  }
  const indicator = params.get('indicator') ?? '';
  return { indicator: CODE.test(indicator) ? indicator : undefined, from: day('from', `${today.slice(0, 4)}-01-01`), to: day('to', today), by, filters };
}

/** The page's query for a view (`?indicator=…&from=…`), in a fixed order. */
export function statisticsSearch(view: StatisticsView): string {
  const q = new URLSearchParams();
  if (view.indicator) q.set('indicator', view.indicator);
  q.set('from', view.from);
  q.set('to', view.to);
  if (view.by.length > 0) q.set('by', view.by.join(','));
  for (const name of FILTER_DIMENSIONS) {
    const v = view.filters[name];
    if (v) q.set(name, v);
  }
  return `?${q.toString()}`;
}

/**
 * The API's query for an indicator in this view: the breakdowns and filters the indicator allows
 * (one chosen for another indicator is dropped, not sent to be refused); with `breakdown: false`,
 * the period alone (the human-rights panel).
 */
export function indicatorQuery(view: StatisticsView, indicator: Pick<StatisticsIndicator, 'dimensions'>, breakdown = true): string {
  const q = new URLSearchParams({ from: view.from, to: view.to });
  if (breakdown) {
    const by = allowedBreakdowns(view, indicator);
    if (by.length > 0) q.set('by', by.join(','));
    for (const name of FILTER_DIMENSIONS) {
      const v = view.filters[name];
      if (v && indicator.dimensions.includes(name)) q.set(name, v);
    }
  }
  return `?${q.toString()}`;
}

/** The view's breakdowns that the indicator allows, in order. */
export function allowedBreakdowns(view: StatisticsView, indicator: Pick<StatisticsIndicator, 'dimensions'>): StatisticsDimension[] {
  return view.by.filter((d) => indicator.dimensions.includes(d));
}
