import { dueAtOnce } from '../law/due-at-once';
import { ensureKeys, sealFor } from '../privacy/data-keys';
import type { Knex } from 'knex';
import { boardRankOf } from '../domain/board-rank';
import { performerUnitId } from './performer-repo';
import { performerInstitution } from '../org/performer';
import type {
  CancelTaskInput, CloseDeadlineInput, MoveDeadlineInput, OpenDeadlineInput, OpenTaskInput, RaiseEscalationInput, ServiceActionInput,
} from '../activities/types';

// Projections written by activities. Every write is idempotent: the ids come from the workflow,
// so a retried activity lands on the row it already wrote.

/** Opens a task for the institution that performs it (org/performer.ts). */
export async function insertTask(db: Knex, t: OpenTaskInput): Promise<void> {
  const unitId = await performerUnitId(db, t.caseId, t.role, t.personId);
  // A missing case is retried: the API commits the case row just after starting the workflow.
  if (unitId === undefined) throw new Error(`case ${t.caseId} does not exist yet`);
  await db('tasks')
    .insert({
      id: t.id, case_id: t.caseId, workflow_id: t.workflowId, record_type: t.recordType, role: t.role, unit_id: unitId,
      person_id: t.personId, due_at: t.dueAt ?? (dueAtOnce(t.recordType) ? t.createdAt : null), created_at: t.createdAt, status: 'open', element_id: t.elementId ?? null,
    })
    .onConflict('id').ignore();
  if (unitId === null && performerInstitution(t.role) !== null) await noPerformerIncident(db, t);
}

/**
 * A task no institution performs (the case's unit has no court, facility, ... in unit_relations)
 * is an incident on the case page and the board, until administrators add the relation.
 */
async function noPerformerIncident(db: Knex, t: OpenTaskInput): Promise<void> {
  const now = new Date(t.createdAt);
  await db('incidents').insert({
    case_id: t.caseId, workflow_id: t.workflowId, activity: 'performer', step_key: t.id, attempts: 1,
    error: `no ${performerInstitution(t.role)} for the case's unit`, first_seen: now, last_seen: now,
  }).onConflict(['workflow_id', 'activity', 'step_key']).ignore();
}

/** Marks a task completed by a record, in the record's transaction; only an open task changes. */
export async function completeTaskRow(trx: Knex.Transaction, taskId: string, recordId: string, actorId: string, at: Date): Promise<void> {
  await trx('tasks').where({ id: taskId, status: 'open' })
    .update({ status: 'completed', record_id: recordId, completed_by: actorId, completed_at: at });
}

export async function cancelTaskRow(db: Knex, t: CancelTaskInput): Promise<void> {
  await db('tasks').where({ id: t.id, status: 'open' }).update({ status: 'cancelled', completed_at: t.at });
}

export async function insertDeadline(db: Knex, d: OpenDeadlineInput): Promise<void> {
  await insertDeadlines(db, [d]);
}

/** Deadlines armed by one step, in one statement; one already there (a retried step) is left as it is. */
export async function insertDeadlines(db: Knex, ds: OpenDeadlineInput[]): Promise<void> {
  if (ds.length === 0) return;
  await db('deadlines')
    .insert(ds.map((d) => ({
      id: d.id, case_id: d.caseId, person_id: d.personId, limit_id: d.limitId, basis: d.basis,
      anchor_at: d.anchorAt, due_at: d.dueAt, warn_at: d.warnAt, status: 'running',
    })))
    .onConflict('id').ignore();
}

/** A running deadline re-armed because the facts it depends on changed (e.g. a corrected detention time). */
export async function moveDeadlineRow(db: Knex, d: MoveDeadlineInput): Promise<void> {
  await db('deadlines').where({ id: d.id, status: 'running' }).update({ due_at: d.dueAt, warn_at: d.warnAt, ...(d.anchorAt ? { anchor_at: d.anchorAt } : {}) });
}

export async function insertOutbox(db: Knex, a: ServiceActionInput, payload: Record<string, unknown>): Promise<void> {
  await db('outbox')
    .insert({ id: a.id, case_id: a.caseId, action: a.action, element_id: a.elementId, payload, created_at: a.at })
    .onConflict('id').ignore();
}

export async function closeDeadlineRow(db: Knex, d: CloseDeadlineInput): Promise<void> {
  await closeDeadlineRows(db, [d]);
}

/** Deadlines closed by one step alike (the same outcome at the same instant) in one statement; only running ones change. */
export async function closeDeadlineRows(db: Knex, ds: CloseDeadlineInput[]): Promise<void> {
  const alike = new Map<string, CloseDeadlineInput[]>();
  for (const d of ds) alike.set(`${d.status} ${d.at}`, [...(alike.get(`${d.status} ${d.at}`) ?? []), d]);
  for (const group of alike.values()) {
    await db('deadlines').whereIn('id', group.map((d) => d.id)).where({ status: 'running' }).update({ status: group[0]!.status, closed_at: group[0]!.at });
  }
}

/**
 * Writes an escalation for the head of the case's unit (CPC 38(2)(3)) and the prosecutor's office
 * supervising it (CPC 35), the first rung it climbs from when nobody acknowledges it.
 */
export async function insertEscalation(db: Knex, e: RaiseEscalationInput): Promise<void> {
  const kase = await db('cases').where({ id: e.caseId }).first('unit_id');
  if (!kase) throw new Error(`case ${e.caseId} does not exist`);
  const office = await db('unit_relations').where({ unit_id: kase.unit_id, kind: 'supervising-office' }).first('related_unit_id');
  // The message names the person ("Testov A.: ..."): sealed with their key, or the case's.
  const deadline = await db('deadlines').where({ id: e.deadlineId }).first('person_id', 'limit_id');
  const subject = deadline?.person_id ? { id: deadline.person_id as string, subject: 'person' as const } : { id: e.caseId, subject: 'case' as const };
  const message = sealFor(await ensureKeys(db, e.caseId, [subject]), subject.id, e.message);
  await db('escalations')
    .insert({
      id: e.id, case_id: e.caseId, deadline_id: e.deadlineId, unit_id: kase.unit_id, target_unit_id: office?.related_unit_id ?? null, severity: e.severity,
      message, due_at: e.dueAt, raised_at: e.raisedAt, status: 'open', element_id: e.elementId ?? null,
      board_rank: boardRankOf(db, e.severity, deadline?.limit_id ?? null),
    })
    .onConflict('id').ignore();
}
