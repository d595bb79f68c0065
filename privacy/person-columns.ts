import type { Knex } from 'knex';
import { ensureKeys, openColumns, openColumnsWith, sealFor } from './data-keys';

/**
 * The columns of `persons` (and of `cases`) that hold personal data, sealed with the person's
 * (the case's) key: names, date of birth, place of detention, citizenship; the report's summary.
 * Sex, child status, role and the moment of detention stay readable for the deadlines and the
 * statistics (privacy/personal-data-stores.json).
 */
export const SEALED_PERSON_COLUMNS = ['last_name', 'first_name', 'birth_date', 'detention_place', 'citizenship'] as const;
export const SEALED_CASE_COLUMNS = ['summary'] as const;

type Row = Record<string, unknown>;

/** Person rows with their personal columns sealed, their keys made in the same transaction. */
export async function sealPersonRows<T extends Row & { id: string }>(trx: Knex.Transaction, caseId: string, rows: T[]): Promise<T[]> {
  const keys = await ensureKeys(trx, caseId, rows.map((r) => ({ id: r.id, subject: 'person' as const })));
  return rows.map((r) => sealColumns(keys, r.id, r, SEALED_PERSON_COLUMNS));
}

/** Changes of a person's or a case's columns, sealed where personal. */
export async function sealedChanges(trx: Knex.Transaction, caseId: string, subject: { id: string; subject: 'case' | 'person' }, changes: Row): Promise<Row> {
  const columns = subject.subject === 'person' ? SEALED_PERSON_COLUMNS : SEALED_CASE_COLUMNS;
  if (!Object.keys(changes).some((c) => (columns as readonly string[]).includes(c))) return changes;
  return sealColumns(await ensureKeys(trx, caseId, [subject]), subject.id, changes, columns);
}

/** Person rows sealed with keys already at hand (the bulk writer of synthetic cases). */
export function sealPersonRowsWith<T extends Row & { id: string }>(keys: Map<string, Buffer>, rows: T[]): T[] {
  return rows.map((r) => sealColumns(keys, r.id, r, SEALED_PERSON_COLUMNS));
}

/** A case row's personal columns sealed with the case's key at hand. */
export function sealCaseRowWith<T extends Row & { id: string }>(keys: Map<string, Buffer>, row: T): T {
  return sealColumns(keys, row.id, row, SEALED_CASE_COLUMNS);
}

function sealColumns<T extends Row>(keys: Map<string, Buffer>, keyId: string, row: T, columns: readonly string[]): T {
  const out: Row = { ...row };
  for (const c of columns) if (out[c] !== undefined && out[c] !== null) out[c] = sealFor(keys, keyId, out[c]);
  return out as T;
}

/** Person rows (or rows joined with persons) opened in place: a column whose key is destroyed reads as null. */
export function openPersonRows<T extends object>(db: Knex | Knex.Transaction, rows: T[]): Promise<T[]> {
  return openColumns(db, rows, SEALED_PERSON_COLUMNS);
}

/** Person rows opened in place with keys already read. */
export function openPersonRowsWith<T extends object>(keys: Map<string, Buffer | null>, rows: T[]): T[] {
  return openColumnsWith(keys, rows, SEALED_PERSON_COLUMNS);
}

/** Case rows opened in place. */
export function openCaseRows<T extends object>(db: Knex | Knex.Transaction, rows: T[]): Promise<T[]> {
  return openColumns(db, rows, SEALED_CASE_COLUMNS);
}
