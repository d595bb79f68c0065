import type { Knex } from 'knex';
import type { CaseFacts } from '../casefile/case-facts';
import { withAct } from '../casefile/fold-act';
import { initialFacts } from '../casefile/initial-facts';
import { toCaseRecord, type RecordRow } from './records-repo';
import { readCaseInOneTrip } from './one-trip';
import { openPersonRowsWith } from '../privacy/person-columns';
import { openRecordsDataWith } from '../privacy/sealed-record';

/** A key of the case (its own or a person's) as the case file reads it: destroyed when `key` is null. */
export interface CaseKeyRow {
  id: string;
  key: Buffer | null;
  subject: 'case' | 'person';
  destroyed_for: string | null;
}

/**
 * The case file as PostgreSQL holds it: the case row, its persons, and every record folded in
 * order (the same fold the workflow applies as it records acts). Null for an unknown case.
 */
export async function loadCaseFacts(db: Knex, caseId: string): Promise<CaseFacts | null> {
  return (await loadCaseFile(db, caseId)).facts;
}

/**
 * The case file and the case's keys, in one round trip (db/one-trip.ts): the case row, its
 * persons, its records and every key of the case, with which the persons and records are opened;
 * the keys also say whose personal data a retention rule destroyed (domain/personal-data-kept.ts).
 */
export async function loadCaseFile(db: Knex, caseId: string): Promise<{ facts: CaseFacts | null; keys: CaseKeyRow[] }> {
  const [cases, persons, records, keys] = await readCaseInOneTrip(db, caseId, [
    db('cases').where({ id: caseId }).select('register_number', 'received_at', 'registered_at', 'gravity'),
    db('persons').where({ case_id: caseId }).orderBy('ordinal').select('*'),
    db('records').where({ case_id: caseId }).orderBy('seq').select('*'),
    db('data_keys').where({ case_id: caseId }).select('id', 'key', 'subject', 'destroyed_for'),
  ]) as [Array<{ register_number: string; received_at: Date; registered_at: Date; gravity: string }>, PersonRow[], RecordRow[], CaseKeyRow[]];
  const kase = cases[0];
  if (!kase) return { facts: null, keys };
  const keyOf = new Map(keys.map((k) => [k.id, k.key]));
  const start = initialFacts(
    { registerNumber: kase.register_number, receivedAt: kase.received_at.toISOString(), registeredAt: kase.registered_at.toISOString(), gravity: kase.gravity },
    openPersonRowsWith(keyOf, persons).map((p) => ({
      id: p.id, role: p.role, sex: p.sex, birthDate: p.birth_date ? isoDate(p.birth_date) : null, detainedAt: p.detained_at ? p.detained_at.toISOString() : null,
    })),
  );
  const opened = openRecordsDataWith(keyOf, records.map(toCaseRecord));
  return { facts: opened.reduce((facts, r) => withAct(facts, { seq: r.seq, recordType: r.recordType, data: r.data }), start), keys };
}

interface PersonRow { id: string; role: 'suspect' | 'victim'; sex: 'female' | 'male'; birth_date: Date | string | null; detained_at: Date | null }

/** A `date` column as yyyy-mm-dd (pg returns a Date at local midnight). */
function isoDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
