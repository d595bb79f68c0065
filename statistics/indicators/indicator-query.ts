import type { Knex } from 'knex';
import { dimensionColumns, dimensionValue, type Dimension } from './dimensions';
import { histogramMedian } from './histogram-median';
import type { IndicatorSpec } from './indicator-specs';

/** What an indicator is asked for: the period, the breakdowns, the filters (a dimension = a value), the region a user may see. */
export interface IndicatorRequest {
  from: Date;
  to: Date;
  by: Dimension[];
  filters: Partial<Record<Dimension, string>>;
  /** A regional prosecutor's region; null: the country. */
  region: string | null;
}

/** One cell before protection: its key, its named counts, and for a median the measured value. */
export interface RawCell {
  key: Record<string, string>;
  counts: Record<string, number>;
  median?: number | null;
}

const filterValue = (d: Dimension, v: string): unknown => (d === 'child' ? v === 'true' : v === 'unknown' ? null : v);

/**
 * Runs one indicator query with the memory a GROUP BY over a million facts needs to sort and hash
 * in memory (PostgreSQL's default work_mem of 4 MB spills it to disk), for this query only.
 */
export async function withStatisticsMemory<T>(db: Knex, query: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(async (trx) => {
    await trx.raw("set local work_mem = '64MB'");
    return query(trx);
  }, { readOnly: true });
}

/** The fact rows the request may count: its filters and the user's region, in SQL. */
function scoped(q: Knex.QueryBuilder, req: IndicatorRequest): Knex.QueryBuilder {
  for (const [d, v] of Object.entries(req.filters) as Array<[Dimension, string]>) {
    const value = filterValue(d, v);
    if (value === null) q.whereNull(dimensionColumns[d]);
    else q.where(dimensionColumns[d], value as string | boolean);
  }
  if (req.region) q.where('region', req.region);
  return q;
}

/**
 * The inner cells of a counts indicator (one per combination of the breakdowns present in the
 * facts), in one GROUP BY; the margins are sums of these, computed by the disclosure control.
 */
export async function countCells(db: Knex, spec: Extract<IndicatorSpec, { form: 'counts' }>, req: IndicatorRequest): Promise<RawCell[]> {
  const bindings = { from: req.from.toISOString(), to: req.to.toISOString() };
  const columns = req.by.map((d) => dimensionColumns[d]);
  const names = Object.keys(spec.counts);
  const q = db(spec.table).select(columns.map((c, i) => `${c} as d${i}`));
  for (const name of names) q.select(db.raw(`cast(count(*) filter (where ${spec.counts[name]}) as int) as "${name}"`, bindings));
  q.whereRaw(spec.where ?? `(${names.map((n) => `(${spec.counts[n]})`).join(' or ')})`, bindings);
  scoped(q, req);
  if (columns.length > 0) q.groupBy(columns);
  const rows: Array<Record<string, unknown>> = await q;
  return rows.map((r) => ({
    key: Object.fromEntries(req.by.map((d, i) => [d, dimensionValue(r[`d${i}`])])),
    counts: Object.fromEntries(names.map((n) => [n, Number(r[n] ?? 0)])),
  }));
}

/**
 * A median indicator's cells with every margin (a median of a margin is not a sum of the cells'
 * medians). The median is of the measure in completed units (floor: whole days, whole hours), so
 * one parallel GROUP BY of the cells and the units gives histograms, and the median of each cell
 * and each margin comes from their sums. Exact medians over GROUPING SETS sorted every row once
 * per margin and kept the pending caseload of a million cases over the half-second target.
 */
export async function medianCells(db: Knex, spec: Extract<IndicatorSpec, { form: 'median' }>, req: IndicatorRequest): Promise<RawCell[]> {
  const bindings = { from: req.from.toISOString(), to: req.to.toISOString() };
  const columns = req.by.map((d) => dimensionColumns[d]);
  const q = db(spec.table)
    .select(columns.map((c, i) => `${c} as d${i}`))
    .select(db.raw(`floor(${spec.measure}) as u`, bindings), db.raw('cast(count(*) as int) as n'))
    .whereRaw(spec.where, bindings);
  scoped(q, req);
  q.groupByRaw([...columns, 'u'].join(', '));
  const rows: Array<Record<string, unknown>> = await q;
  const cells = new Map<string, { key: Record<string, string>; histogram: Array<[number, number]> }>();
  for (const r of rows) {
    const values = req.by.map((_, i) => dimensionValue(r[`d${i}`]));
    for (const margin of subsets(req.by.map((_, i) => i))) {
      const key = Object.fromEntries(req.by.map((d, i) => [d, margin.includes(i) ? values[i]! : '*']));
      const id = JSON.stringify(key);
      const cell = cells.get(id) ?? { key, histogram: [] };
      cell.histogram.push([Number(r.u), Number(r.n)]);
      cells.set(id, cell);
    }
  }
  return [...cells.values()].map(({ key, histogram }) => ({
    key,
    counts: { n: histogram.reduce((s, [, n]) => s + n, 0) },
    median: histogramMedian(histogram),
  }));
}

/** Every subset of a list, the full list first and the empty one last. */
function subsets<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = (1 << xs.length) - 1; mask >= 0; mask--) out.push(xs.filter((_, i) => (mask & (1 << i)) !== 0));
  return out;
}
