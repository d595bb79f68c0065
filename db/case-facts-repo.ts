import type { Knex } from 'knex';
import type { CaseFacts } from '../casefile/case-facts';
import { withAct } from '../casefile/fold-act';
import { initialFacts } from '../casefile/initial-facts';
import { listCaseRecords } from './records-repo';
import { openPersonRows } from '../privacy/person-columns';

/**
 * The case file as PostgreSQL holds it: the case row, its persons, and every record folded in
 * order (the same fold the workflow applies as it records acts). Null for an unknown case.
 */
export async function loadCaseFacts(db: Knex, caseId: string): Promise<CaseFacts | null> {
  const kase = await db('cases').where({ id: caseId }).first('register_number', 'received_at', 'registered_at', 'gravity');
  if (!kase) return null;
  const persons = await openPersonRows(db, await db('persons').where({ case_id: caseId }).orderBy('ordinal'));
  const start = initialFacts(
    { registerNumber: kase.register_number, receivedAt: kase.received_at.toISOString(), registeredAt: kase.registered_at.toISOString(), gravity: kase.gravity },
    persons.map((p) => ({
      id: p.id, role: p.role, sex: p.sex, birthDate: p.birth_date ? isoDate(p.birth_date) : null, detainedAt: p.detained_at ? p.detained_at.toISOString() : null,
    })),
  );
  const records = await listCaseRecords(db, caseId);
  return records.reduce((facts, r) => withAct(facts, { seq: r.seq, recordType: r.recordType, data: r.data }), start);
}

/** A `date` column as yyyy-mm-dd (pg returns a Date at local midnight). */
function isoDate(value: Date | string): string {
  if (typeof value === 'string') return value.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}
