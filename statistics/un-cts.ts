import type { Knex } from 'knex';
import type { SessionUser } from '../domain/deps';
import { csvTable } from '../domain/csv';
import { InputError } from '../domain/errors';
import { indicatorAnswer, type IndicatorAnswer } from './indicator-answer';

/**
 * The tables of the UN Survey of Crime Trends and the Operations of Criminal Justice Systems
 * (UN-CTS) this system's records support, for a calendar year: offences recorded by ICCS section,
 * victims of intentional homicide by sex and relationship to the perpetrator, persons brought into
 * formal contact, prosecuted and convicted by sex and juvenile/adult, and persons held unsentenced
 * or serving a sentence at year end. Each is an indicator of the catalogue, protected alike.
 */
export const unCtsTables: ReadonlyArray<{ table: string; title: string; indicator: string; by: string; filter?: Record<string, string> }> = [
  { table: 'offences-by-iccs', title: 'Offences recorded by the police, by ICCS section', indicator: 'reports-registered', by: 'iccs' },
  { table: 'homicide-victims', title: 'Victims of intentional homicide, by sex and relationship to the perpetrator', indicator: 'victims', by: 'sex,relationship', filter: { iccs: '01' } },
  { table: 'persons-contact', title: 'Persons brought into formal contact with the police, by sex and juvenile/adult', indicator: 'persons-suspected', by: 'sex,child' },
  { table: 'persons-prosecuted', title: 'Persons prosecuted, by sex and juvenile/adult', indicator: 'persons-prosecuted', by: 'sex,child' },
  { table: 'persons-convicted', title: 'Persons convicted, by sex and juvenile/adult', indicator: 'persons-convicted', by: 'sex,child' },
  { table: 'unsentenced', title: 'Persons held unsentenced at year end, by sex and juvenile/adult', indicator: 'pretrial-custody-on-date', by: 'sex,child' },
];

/** `GET /api/statistics/un-cts?year=`: every UN-CTS table for the year. */
export async function unCtsExport(db: Knex, user: SessionUser, year: unknown, threshold: number, now: Date): Promise<{ year: number; tables: Array<{ table: string; title: string; answer: IndicatorAnswer }> }> {
  const y = Number(year ?? new Date(now.getTime() + 6 * 3_600_000).getUTCFullYear() - 1);
  if (!Number.isInteger(y) || y < 1990 || y > 2100) {
    throw new InputError('Bad year', [{ path: '/year', message: 'must be a year from 1990 to 2100', code: 'range', params: { min: 1990, max: 2100 } }], 400);
  }
  const tables = [];
  for (const t of unCtsTables) {
    const answer = await indicatorAnswer(db, user, t.indicator, { from: `${y}-01-01`, to: `${y}-12-31`, by: t.by, ...t.filter }, threshold, now);
    tables.push({ table: t.table, title: t.title, answer });
  }
  return { year: y, tables };
}

/** The UN-CTS tables as one CSV: a line per cell, its breakdown as `dimension=value` pairs ('*' a total). */
export function unCtsCsv(exported: Awaited<ReturnType<typeof unCtsExport>>): string {
  const rows = exported.tables.flatMap((t) => t.answer.cells.map((c) => [
    t.table, t.answer.indicator.id, exported.year, t.answer.region ?? 'country',
    t.answer.by.map((d) => `${d}=${c.key[d]}`).join(';'), c.value ?? '', c.withheld ? 'withheld' : '',
  ]));
  return csvTable(['table', 'indicator', 'year', 'region_scope', 'breakdown', 'value', 'withheld'], rows);
}
