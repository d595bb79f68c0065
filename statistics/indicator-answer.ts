import type { Knex } from 'knex';
import { csvTable } from '../domain/csv';
import type { SessionUser } from '../domain/deps';
import { NotFoundError } from '../domain/errors';
import { indicatorCatalogue, indicatorEntry, type IndicatorEntry } from './indicators/catalogue';
import { indicatorRequest } from './indicators/indicator-request';
import { runIndicator, type IndicatorCell } from './indicators/run-indicator';
import { statisticsRegion } from './statistics-scope';

/** An indicator as the catalogue lists it (no query). */
export function catalogueItem(i: IndicatorEntry) {
  return { id: i.id, group: i.group, unit: i.unit, title: i.title, definition: i.definition, humanRights: i.humanRights, stock: i.stock, target: i.target, dimensions: i.dimensions };
}

/** `GET /api/statistics/indicators`: the catalogue, for whoever may read statistics. */
export async function listIndicators(db: Knex, user: SessionUser) {
  const region = await statisticsRegion(db, user);
  return { region, items: indicatorCatalogue.map(catalogueItem) };
}

export interface IndicatorAnswer {
  indicator: ReturnType<typeof catalogueItem>;
  from: string;
  /** The last day counted (the query's `to`). */
  to: string;
  by: string[];
  filters: Record<string, string>;
  /** The region the user's statistics cover; null: the country. */
  region: string | null;
  threshold: number;
  /** Inner cells and every margin (key '*' where summed), counts below the threshold withheld. */
  cells: IndicatorCell[];
}

/** `GET /api/statistics/indicators/:id`: one indicator for the period, broken down, protected. */
export async function indicatorAnswer(db: Knex, user: SessionUser, id: string, query: Record<string, unknown>, threshold: number, now: Date): Promise<IndicatorAnswer> {
  const region = await statisticsRegion(db, user);
  const entry = indicatorEntry(id);
  if (!entry) throw new NotFoundError(`No indicator ${id}`, 'not-found');
  const req = { ...indicatorRequest(query, entry.dimensions, now), region };
  const cells = await runIndicator(db, entry.spec, req, threshold);
  const day = (d: Date) => new Date(d.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
  return {
    indicator: catalogueItem(entry), from: day(req.from), to: day(new Date(req.to.getTime() - 86_400_000)),
    by: req.by, filters: req.filters as Record<string, string>, region, threshold, cells,
  };
}

/** The answer as CSV: one line per cell, a withheld count empty and marked. */
export function indicatorCsv(a: IndicatorAnswer): string {
  const names = Object.keys(a.cells[0]?.counts ?? {});
  const header = ['indicator', 'from', 'to', 'region_scope', 'filters', ...a.by, 'value', 'unit', ...names, 'withheld'];
  const filters = Object.entries(a.filters).map(([d, v]) => `${d}=${v}`).join(';');
  return csvTable(header, a.cells.map((c) => [
    a.indicator.id, a.from, a.to, a.region ?? 'country', filters, ...a.by.map((d) => c.key[d]), c.value ?? '', a.indicator.unit,
    ...names.map((n) => c.counts[n] ?? ''), c.withheld ? 'withheld' : '',
  ]));
}
