import type { Knex } from 'knex';
import { assertProtected, protectTable } from '../disclosure';
import { TOTAL, type CellKey, type PublishedCell } from '../disclosure/table-types';
import { populationOf } from '../population/population';
import { countCells, medianCells, withStatisticsMemory, type IndicatorRequest, type RawCell } from './indicator-query';
import type { IndicatorSpec } from './indicator-specs';
import { knownCategories } from './dimensions';

const DAY = 86_400_000;

/** One published cell of an indicator: its key ('*' where it is a margin), its value and counts, withheld ones null. */
export interface IndicatorCell {
  key: CellKey;
  value: number | null;
  counts: Record<string, number | null>;
  /** True when a count behind the value is withheld (below the threshold, or to protect one that is). */
  withheld: boolean;
}

/**
 * Each named count as a protected table (primary and secondary suppression), checked once more by
 * assertProtected before anything leaves; with no breakdown, the one total.
 */
function protectCounts(by: string[], raw: RawCell[], name: string, threshold: number, categories: Record<string, readonly string[]>): Map<string, PublishedCell> {
  const keyOf = (key: CellKey) => JSON.stringify(by.map((d) => key[d]));
  if (by.length === 0) {
    const count = raw.reduce((n, c) => n + (c.counts[name] ?? 0), 0);
    const hidden = count > 0 && count < threshold;
    return new Map([[keyOf({}), { key: {}, count: hidden ? null : count, suppressed: hidden ? 'primary' : null }]]);
  }
  // The fixed categories in their order, then any other the facts hold (e.g. an unknown age).
  const all = Object.fromEntries(Object.entries(categories).map(([d, known]) => [d, [...known, ...[...new Set(raw.map((c) => c.key[d]!))].filter((v) => !known.includes(v)).sort()]]));
  const table = protectTable({ dimensions: by, cells: raw.map((c) => ({ key: c.key, count: c.counts[name] ?? 0 })), threshold, categories: all });
  assertProtected(table, threshold);
  return new Map([...table.cells, ...table.totals].map((c) => [keyOf(c.key), c]));
}

/**
 * An indicator's cells, every margin included, protected: counts through the disclosure control,
 * and a value (a share, a rate, a median) published only when every count behind it is, since a
 * share and its published denominator give back its numerator.
 */
export async function runIndicator(db: Knex, spec: IndicatorSpec, req: IndicatorRequest, threshold: number): Promise<IndicatorCell[]> {
  const by = req.by as string[];
  const categories = categoriesOf(req);
  const keyOf = (key: CellKey) => JSON.stringify(by.map((d) => key[d]));
  const periodDays = (req.to.getTime() - req.from.getTime()) / DAY;
  if (spec.form === 'median') {
    const raw = await withStatisticsMemory(db, (trx) => medianCells(trx, spec, req));
    const inner = raw.filter((c) => by.every((d) => c.key[d] !== TOTAL));
    const n = protectCounts(by, inner, 'n', threshold, categories);
    const medians = new Map(raw.map((c) => [keyOf(c.key), c.median ?? null]));
    return [...n.values()].map((c) => ({
      key: c.key, counts: { n: c.count }, withheld: c.suppressed !== null,
      value: c.suppressed === null && c.count ? round(medians.get(keyOf(c.key)) ?? null) : null,
    }));
  }
  const raw = await withStatisticsMemory(db, (trx) => countCells(trx, spec, req));
  const names = Object.keys(spec.counts);
  const tables = names.map((name) => protectCounts(by, raw, name, threshold, categories));
  const year = new Date(req.to.getTime() - 1).getUTCFullYear();
  return [...tables[0]!.values()].map((c) => {
    const k = keyOf(c.key);
    const counts = Object.fromEntries(names.map((name, i) => [name, tables[i]!.get(k)?.count ?? null]));
    const withheld = names.some((_, i) => tables[i]!.get(k)?.suppressed);
    const region = c.key.region && c.key.region !== TOTAL ? c.key.region : req.filters.region ?? req.region ?? undefined;
    const value = withheld ? null
      : spec.value ? spec.value(counts as Record<string, number>, periodDays, spec.perPopulation ? populationOf(year, region) : 0)
        : counts[names[0]!] ?? null;
    return { key: c.key, counts, withheld, value: round(value) };
  });
}

/**
 * Every category of each breakdown that has a fixed list, narrowed by a filter or the user's
 * region (a filtered-out category is no zero).
 */
function categoriesOf(req: IndicatorRequest): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const d of req.by) {
    const known = knownCategories[d];
    if (!known) continue;
    const only = req.filters[d] ?? (d === 'region' ? req.region ?? undefined : undefined);
    out[d] = only ? [only] : known;
  }
  return out;
}

function round(v: number | null): number | null {
  return v === null || !Number.isFinite(v) ? null : Math.round(v * 10) / 10;
}
