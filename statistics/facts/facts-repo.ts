import type { Knex } from 'knex';
import { iccsOf } from '../../law/criminal-code';
import { openPersonRows, openPersonRowsWith } from '../../privacy/person-columns';
import { readCaseInOneTrip } from '../../db/one-trip';
import { caseFactRows, type CaseSnapshot, type IccsLookup } from './case-fact-rows';
import type { CaseFactRows } from './fact-rows';

// The Criminal Code as data maps an article part to its ICCS code (null: not in the catalogue).
const iccsLookup: IccsLookup = iccsOf;

export const FACT_TABLES = ['stat_cases', 'stat_persons', 'stat_deprivations', 'stat_deadlines'] as const;

/** Whether a retention rule destroyed a key of the case: its facts stay as they were when the data was readable. */
async function keysDestroyed(db: Knex | Knex.Transaction, caseIds: string[]): Promise<Set<string>> {
  const rows = await db('data_keys').whereIn('case_id', caseIds).whereNotNull('destroyed_at').distinct('case_id');
  return new Set(rows.map((r) => r.case_id as string));
}

const CASE_COLUMNS = ['c.id', 'c.unit_id', 'u.agency', 'c.region', 'c.gravity', 'c.crime_article', 'c.received_at', 'c.registered_at'];
const PERSON_COLUMNS = ['id', 'case_id', 'ordinal', 'role', 'sex', 'birth_date', 'is_child', 'relationship_to_suspect', 'detained_at'];
const RECORD_COLUMNS = ['case_id', 'seq', 'record_type', 'data', 'recorded_at'];
const DEADLINE_COLUMNS = ['id', 'case_id', 'limit_id', 'person_id', 'anchor_at', 'due_at', 'status', 'closed_at'];

/**
 * What the projection reads of some cases, in four queries: case rows with their unit's agency,
 * persons (dates of birth opened, for age bands; no name is read), records as stored (the fields
 * read are none of the sealed ones), deadlines.
 */
export async function loadSnapshots(db: Knex | Knex.Transaction, caseIds: string[]): Promise<CaseSnapshot[]> {
  if (caseIds.length === 0) return [];
  const cases = await db('cases as c').join('units as u', 'u.id', 'c.unit_id').whereIn('c.id', caseIds).select(CASE_COLUMNS);
  const persons = await openPersonRows(db, await db('persons').whereIn('case_id', caseIds).orderBy(['case_id', 'ordinal']).select(PERSON_COLUMNS));
  const records = await db('records').whereIn('case_id', caseIds).orderBy(['case_id', 'seq']).select(RECORD_COLUMNS);
  const deadlines = await db('deadlines').whereIn('case_id', caseIds).orderBy(['case_id', 'anchor_at', 'id']).select(DEADLINE_COLUMNS);
  return snapshotsOf(cases, persons, records, deadlines);
}

type Row = Record<string, unknown>;
type When = Date | string | null;
interface CaseRow { id: string; unit_id: string; agency: string | null; region: string; gravity: string; crime_article: string; received_at: When; registered_at: When }
interface PersonRow {
  id: string; case_id: string; ordinal: number; role: string; sex: string; birth_date: unknown; is_child: boolean;
  relationship_to_suspect: string | null; detained_at: When;
}
interface RecordRow { case_id: string; seq: number; record_type: string; data: Record<string, unknown>; recorded_at: When }
interface DeadlineRow { id: string; case_id: string; limit_id: string; person_id: string | null; anchor_at: When; due_at: When; status: string; closed_at: When }

/** The snapshots of the cases of these rows (persons already opened), in the order of `cases`. */
function snapshotsOf(cases: CaseRow[], persons: PersonRow[], records: RecordRow[], deadlines: DeadlineRow[]): CaseSnapshot[] {
  const iso = (d: When) => (d === null ? null : new Date(d).toISOString());
  const group = <T extends { case_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.case_id, [...(m.get(r.case_id) ?? []), r]);
    return m;
  };
  const [p, r, d] = [group(persons), group(records), group(deadlines)];
  return cases.map((c) => ({
    case: {
      id: c.id, unitId: c.unit_id, agency: c.agency ?? 'unknown', region: c.region, gravity: c.gravity, crimeArticle: c.crime_article,
      receivedAt: iso(c.received_at)!, registeredAt: iso(c.registered_at)!,
    },
    persons: (p.get(c.id) ?? []).map((x) => ({
      id: x.id, ordinal: x.ordinal, role: x.role, sex: x.sex, birthDate: typeof x.birth_date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.birth_date) ? x.birth_date : null,
      isChild: x.is_child, relationshipToSuspect: x.relationship_to_suspect ?? null, detainedAt: iso(x.detained_at),
    })),
    records: (r.get(c.id) ?? []).map((x) => ({ seq: x.seq, recordType: x.record_type, data: x.data, recordedAt: iso(x.recorded_at)! })),
    deadlines: (d.get(c.id) ?? []).map((x) => ({
      id: x.id, limitId: x.limit_id, personId: x.person_id, anchorAt: iso(x.anchor_at)!, dueAt: iso(x.due_at)!, status: x.status, closedAt: iso(x.closed_at),
    })),
  }));
}

/**
 * Everything the projection of one case reads, in one round trip (db/one-trip.ts): its keys
 * (whether a retention rule destroyed one; the persons' dates of birth are opened with them), its
 * snapshot's four queries and its stored facts of the four tables.
 */
async function readCaseForFacts(trx: Knex.Transaction, caseId: string): Promise<{ destroyed: boolean; snapshot: CaseSnapshot | null; stored: Record<(typeof FACT_TABLES)[number], Row[]> }> {
  const results = await readCaseInOneTrip(trx, caseId, [
    trx('data_keys').where('case_id', caseId).select('id', 'key'),
    trx('cases as c').join('units as u', 'u.id', 'c.unit_id').where('c.id', caseId).select(CASE_COLUMNS),
    trx('persons').where('case_id', caseId).orderBy('ordinal').select(PERSON_COLUMNS),
    trx('records').where('case_id', caseId).orderBy('seq').select(RECORD_COLUMNS),
    trx('deadlines').where('case_id', caseId).orderBy(['anchor_at', 'id']).select(DEADLINE_COLUMNS),
    ...FACT_TABLES.map((t) => trx(t).where('case_id', caseId).select('*')),
  ]);
  const [keys, cases, persons, records, deadlines, ...facts] = results as [Array<{ id: string; key: Buffer | null }>, ...unknown[][]];
  const stored = Object.fromEntries(FACT_TABLES.map((t, i) => [t, facts[i] as Row[]])) as Record<(typeof FACT_TABLES)[number], Row[]>;
  if (keys.some((k) => k.key === null)) return { destroyed: true, snapshot: null, stored };
  const opened = openPersonRowsWith(new Map(keys.map((k) => [k.id, k.key])), persons as PersonRow[]);
  const [snapshot] = snapshotsOf(cases as CaseRow[], opened, records as RecordRow[], deadlines as DeadlineRow[]);
  return { destroyed: false, snapshot: snapshot ?? null, stored };
}

/** Replaces the facts of the given cases by these rows (idempotent: the same rows again change nothing). */
export async function writeFacts(trx: Knex.Transaction, caseIds: string[], facts: CaseFactRows[]): Promise<void> {
  for (const table of FACT_TABLES) await trx(table).whereIn('case_id', caseIds).delete();
  const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / 500) }, (_, i) => rows.slice(i * 500, i * 500 + 500));
  const insert = async (table: string, rows: object[]) => {
    for (const chunk of chunks(rows)) await trx(table).insert(chunk);
  };
  await insert('stat_cases', facts.map((f) => f.case));
  await insert('stat_persons', facts.flatMap((f) => f.persons));
  await insert('stat_deprivations', facts.flatMap((f) => f.deprivations));
  await insert('stat_deadlines', facts.flatMap((f) => f.deadlines));
}

/**
 * The statistics of a case, again, inside the transaction that changed its records or deadlines
 * (the same projection path as tasks and deadlines). The caller holds the case row's lock.
 */
export async function projectCaseStatistics(trx: Knex.Transaction, caseId: string): Promise<void> {
  const { destroyed, snapshot, stored } = await readCaseForFacts(trx, caseId);
  if (!destroyed && snapshot) await writeChangedFacts(trx, caseFactRows(snapshot, iccsLookup), stored);
}

/** Each fact table's primary key (db/migrations/20261204-010-statistics.ts). */
const FACT_KEYS: Record<(typeof FACT_TABLES)[number], string[]> = {
  stat_cases: ['case_id'],
  stat_persons: ['case_id', 'ordinal'],
  stat_deprivations: ['case_id', 'ordinal', 'kind', 'started_at'],
  stat_deadlines: ['deadline_id'],
};

const comparable = (v: unknown) => (v instanceof Date ? v.getTime() : v === undefined ? null : v);

/**
 * Writes only the facts of one case that differ from the stored ones (a step changes a row or
 * two of the dozens a case has): the same end state as writeFacts, with a fraction of its writes.
 * The rows new or changed of a table go in one upsert (one per shape of row, in practice one).
 */
async function writeChangedFacts(trx: Knex.Transaction, facts: CaseFactRows, storedRows: Record<(typeof FACT_TABLES)[number], Row[]>): Promise<void> {
  const wanted: Record<(typeof FACT_TABLES)[number], object[]> = {
    stat_cases: [facts.case], stat_persons: facts.persons, stat_deprivations: facts.deprivations, stat_deadlines: facts.deadlines,
  };
  for (const table of FACT_TABLES) {
    const keyOf = (row: Row) => JSON.stringify(FACT_KEYS[table].map((k) => comparable(row[k])));
    const stored = new Map<string, Row>();
    for (const row of storedRows[table]) stored.set(keyOf(row), row);
    const changed = new Map<string, Row[]>();
    for (const row of wanted[table] as Row[]) {
      const key = keyOf(row);
      const old = stored.get(key);
      stored.delete(key);
      if (old && !Object.keys(row).some((c) => comparable(row[c]) !== comparable(old[c]))) continue;
      const shape = Object.keys(row).sort().join(',');
      changed.set(shape, [...(changed.get(shape) ?? []), row]);
    }
    for (const gone of stored.values()) await trx(table).where(Object.fromEntries(FACT_KEYS[table].map((k) => [k, gone[k]]))).delete();
    for (const rows of changed.values()) await trx(table).insert(rows).onConflict(FACT_KEYS[table]).merge();
  }
}

export interface RebuildReport {
  cases: number;
  records: number;
  frozen: number;
  seconds: number;
}

/**
 * `icj stats rebuild`: every case's facts recomputed from its records, in batches, each batch in
 * its own transaction. Cases whose personal data a retention rule destroyed keep the facts they
 * had (their dates of birth can no longer be read; their non-identifying facts are what remains).
 */
export async function rebuildStatistics(db: Knex, options: { batch?: number; limit?: number; onBatch?: (done: number) => void } = {}): Promise<RebuildReport> {
  const batch = options.batch ?? 500;
  const started = Date.now();
  let after = '00000000-0000-0000-0000-000000000000';
  const report: RebuildReport = { cases: 0, records: 0, frozen: 0, seconds: 0 };
  for (let seen = 0; seen < (options.limit ?? Infinity);) {
    const ids: string[] = (await db('cases').where('id', '>', after).orderBy('id').limit(Math.min(batch, (options.limit ?? Infinity) - seen)).select('id')).map((r) => r.id);
    seen += ids.length;
    if (ids.length === 0) break;
    after = ids[ids.length - 1]!;
    await db.transaction(async (trx) => {
      const frozen = await keysDestroyed(trx, ids);
      const live = ids.filter((id) => !frozen.has(id));
      const snapshots = await loadSnapshots(trx, live);
      await writeFacts(trx, live, snapshots.map((snapshot) => caseFactRows(snapshot, iccsLookup)));
      report.cases += live.length;
      report.frozen += frozen.size;
      report.records += snapshots.reduce((n, s) => n + s.records.length, 0);
    });
    options.onBatch?.(report.cases + report.frozen);
  }
  report.seconds = (Date.now() - started) / 1000;
  return report;
}
