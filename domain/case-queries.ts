import type { Knex } from 'knex';
import { listCaseRecords, verifyCaseChain } from '../db/records-repo';
import type { CaseDetail, CaseSummary, ChainVerdict, RecordItem } from './views';
import type { DomainDeps, SessionUser } from './deps';
import { scopeCases } from './case-scope';
import { NotFoundError } from './errors';
import { personLabel } from './person-label';
import { listDeadlines } from './deadline-queries';
import { listTasks } from './task-queries';
import { logAccess } from './access-log';
import { listIncidents } from './incident-queries';
import { loadCaseFacts } from '../db/case-facts-repo';
import { withValueAt } from '../casefile/json-pointer';
import { openCaseRows, openPersonRows } from '../privacy/person-columns';



/** A case row joined with its unit's name (and, in lists, its nearest running deadline). */
interface CaseRow {
  id: string; register_number: string; workflow_id: string; unit_id: string; unit_name: string; status: string; stage: string;
  source: string; summary: string; crime_article: string; gravity: string; region: string; received_at: Date;
  registered_at: Date; next_deadline_at?: Date | null; procedure_key?: string | null; procedure_version?: number | null;
}

function visibleCases(db: Knex, user: SessionUser): Knex.QueryBuilder {
  return scopeCases(db('cases as c').join('units as n', 'n.id', 'c.unit_id'), user);
}

const summaryColumns = [
  'c.id', 'c.register_number', 'c.unit_id', 'n.name as unit_name', 'c.status', 'c.stage', 'c.crime_article', 'c.gravity',
  'c.registered_at',
];

function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id, registerNumber: row.register_number, unitId: row.unit_id, unitName: row.unit_name, status: row.status,
    stage: row.stage, crimeArticle: row.crime_article, gravity: row.gravity, registeredAt: row.registered_at.toISOString(),
    nextDeadlineAt: row.next_deadline_at ? row.next_deadline_at.toISOString() : null,
  };
}

/** The cases the user may see, newest first, with their nearest running deadline. */
export async function listCases(deps: DomainDeps, user: SessionUser, limit = 200): Promise<CaseSummary[]> {
  const rows: CaseRow[] = await visibleCases(deps.db, user)
    .select(...summaryColumns)
    .select(deps.db.raw(`(select min(d.due_at) from deadlines d where d.case_id = c.id and d.status = 'running') as next_deadline_at`))
    .orderBy('c.registered_at', 'desc')
    .limit(limit);
  return rows.map(toSummary);
}

/** A visible case or NotFoundError (a case the user may not see does not exist for them). */
export async function requireVisibleCase(deps: DomainDeps, user: SessionUser, caseId: string): Promise<CaseRow> {
  if (!isUuid(caseId)) throw new NotFoundError('No such case', 'not-found');
  const row = await visibleCases(deps.db, user).where('c.id', caseId).first('c.*', 'n.name as unit_name');
  if (!row) throw new NotFoundError('No such case', 'not-found');
  return row;
}

/** One case with its persons, open tasks and deadlines. Reading persons is logged. */
export async function getCase(deps: DomainDeps, user: SessionUser, caseId: string): Promise<CaseDetail> {
  const [row] = await openCaseRows(deps.db, [await requireVisibleCase(deps, user, caseId)]);
  const persons = await openPersonRows(deps.db, await deps.db('persons').where({ case_id: caseId }).orderBy('ordinal'));
  const facts = await loadCaseFacts(deps.db, caseId);
  await logAccess(deps.db, user, caseId, 'read-case-persons', persons.map((p) => p.id));
  const [tasks, deadlines, incidents] = await Promise.all([
    listTasks(deps, user, { caseId, status: 'open' }),
    listDeadlines(deps, user, { caseId }),
    listIncidents(deps, user, { caseId }),
  ]);
  const running = deadlines.filter((d) => d.status === 'running').map((d) => d.dueAt).sort();
  return {
    ...toSummary({ ...row, next_deadline_at: running[0] ? new Date(running[0]) : null }),
    summary: row.summary, region: row.region, source: row.source, receivedAt: row.received_at.toISOString(),
    persons: persons.map((p) => ({
      id: p.id, role: p.role, roles: facts?.persons.find((f) => f.id === p.id)?.roles ?? [], label: personLabel(p.last_name, p.first_name),
      lastName: p.last_name, firstName: p.first_name, birthDate: p.birth_date, sex: p.sex, isChild: p.birth_date ? p.is_child : null,
      detainedAt: p.detained_at ? p.detained_at.toISOString() : null, citizenship: p.citizenship, relationshipToSuspect: p.relationship_to_suspect,
    })),
    tasks,
    deadlines,
    incidents,
  };
}


/** The case's records in chain order. Records hold personal data, so the read is logged. */
export async function getCaseRecords(deps: DomainDeps, user: SessionUser, caseId: string): Promise<RecordItem[]> {
  await requireVisibleCase(deps, user, caseId);
  const records = await listCaseRecords(deps.db, caseId);
  const actors = await deps.db('users').whereIn('id', [...new Set(records.map((r) => r.actorId))]).select('id', 'username', 'full_name');
  const byId = new Map(actors.map((a) => [a.id, { id: a.id, username: a.username, fullName: a.full_name }]));
  // The records name persons by reference; the persons the case file holds are whose data this is.
  const named = await deps.db('persons').where({ case_id: caseId }).pluck('id');
  await logAccess(deps.db, user, caseId, 'read-case-records', named);
  const actor = (id: string) => byId.get(id) ?? { id, username: '?', fullName: '?' };
  // A record shows its current values: the amendments that correct it, in chain order, each with its history.
  const corrections = new Map<number, RecordItem['corrections']>();
  for (const r of records.filter((x) => x.recordType === 'amendment')) {
    const seq = Number(r.data.correctsSeq);
    corrections.set(seq, [...(corrections.get(seq) ?? []), {
      seq: r.seq, path: String(r.data.path), oldValue: r.data.oldValue ?? null, newValue: r.data.newValue ?? null, reason: String(r.data.reason),
      actor: actor(r.actorId), recordedAt: r.recordedAt,
    }]);
  }
  return records.map((r) => {
    const own = corrections.get(r.seq) ?? [];
    return {
      id: r.id, seq: r.seq, recordType: r.recordType, schemaVersion: r.schemaVersion, data: r.data, removed: r.removed ?? [],
      currentData: own.reduce((d, c) => withValueAt(d, c.path, c.newValue), r.data), corrections: own,
      actor: actor(r.actorId), recordedAt: r.recordedAt, hash: r.hash, prevHash: r.prevHash,
    };
  });
}

/** Recomputes the case's hash chain. */
export async function verifyCase(deps: DomainDeps, user: SessionUser, caseId: string): Promise<ChainVerdict> {
  await requireVisibleCase(deps, user, caseId);
  return verifyCaseChain(deps.db, caseId);
}


const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
