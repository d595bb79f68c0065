import type { Knex } from 'knex';
import { isSealed, newDataKey, open, seal, sealedKeyId } from './field-cipher';

/**
 * The keys of the persons and cases, in PostgreSQL (table data_keys). A key is created with its
 * subject, read by id, and destroyed by a retention rule; a destroyed key opens nothing.
 */
export type Subject = { id: string; subject: 'case' | 'person' };

/** Creates the keys that do not exist yet and returns every one asked for. */
export async function ensureKeys(trx: Knex | Knex.Transaction, caseId: string, subjects: Subject[]): Promise<Map<string, Buffer>> {
  if (subjects.length === 0) return new Map();
  await trx('data_keys').insert(subjects.map((s) => ({ id: s.id, case_id: caseId, subject: s.subject, key: newDataKey() }))).onConflict('id').ignore();
  const keys = await loadKeys(trx, subjects.map((s) => s.id));
  const out = new Map<string, Buffer>();
  for (const s of subjects) {
    const key = keys.get(s.id);
    if (!key) throw new Error(`the key of ${s.subject} ${s.id} has been destroyed: nothing more is recorded about them`);
    out.set(s.id, key);
  }
  return out;
}

/** Keys by id: a Buffer, or null when destroyed (or never made). */
export async function loadKeys(db: Knex | Knex.Transaction, ids: Iterable<string>): Promise<Map<string, Buffer | null>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, Buffer | null>(unique.map((id) => [id, null]));
  if (unique.length === 0) return out;
  for (const row of await db('data_keys').whereIn('id', unique).select('id', 'key')) out.set(row.id, row.key ?? null);
  return out;
}

/** Seals a value for a subject whose key is in `keys`. */
export function sealFor(keys: Map<string, Buffer>, keyId: string, value: unknown): string {
  const key = keys.get(keyId);
  if (!key) throw new Error(`no key for ${keyId}`);
  return seal(key, keyId, value);
}

/** The value, opened if sealed; `removed` when its key has been destroyed. */
export type Opened = { value: unknown; removed: boolean };

export function openWith(keys: Map<string, Buffer | null>, value: unknown): Opened {
  if (!isSealed(value)) return { value, removed: false };
  const key = keys.get(sealedKeyId(value));
  return key ? { value: open(key, value), removed: false } : { value: null, removed: true };
}

/** Every key id the sealed strings in a value (at any depth) need. */
export function sealedKeyIds(value: unknown, into = new Set<string>()): Set<string> {
  if (isSealed(value)) into.add(sealedKeyId(value));
  else if (Array.isArray(value)) for (const v of value) sealedKeyIds(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) sealedKeyIds(v, into);
  return into;
}

/**
 * Opens the sealed columns of rows in place (one query for all their keys); a column whose key is
 * destroyed becomes null. Returns the rows.
 */
export async function openColumns<T extends object>(db: Knex | Knex.Transaction, rows: T[], columns: readonly string[]): Promise<T[]> {
  const all = rows as unknown as Array<Record<string, unknown>>;
  const ids = new Set<string>();
  for (const row of all) for (const c of columns) sealedKeyIds(row[c], ids);
  if (ids.size === 0) return rows;
  return openColumnsWith(await loadKeys(db, ids), rows, columns);
}

/** The same, with the keys already read (a read of one trip reads a case's keys with its rows). */
export function openColumnsWith<T extends object>(keys: Map<string, Buffer | null>, rows: T[], columns: readonly string[]): T[] {
  for (const row of rows as unknown as Array<Record<string, unknown>>) {
    for (const c of columns) if (c in row) row[c] = openWith(keys, row[c]).value;
  }
  return rows;
}
