import type { Knex } from 'knex';
import { assertKeysKept } from './personal-data-kept';
import { actorOf } from './actor';
import { isRecordType } from '../law/record-schemas';
import { prepareAct } from '../casefile/prepare-act';
import { loadCaseFile } from '../db/case-facts-repo';
import { completeTaskUpdate } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { notConfirmed, toDomainError } from './update-failure';
import { listTasks, type TaskItem } from './task-queries';
import { isUuid } from './case-queries';
import { taskForm } from './task-form';
import type { Assignee, TaskDetail } from './views';

const UPDATE_TIMEOUT_MS = 30_000;

/** One task of a case the user may see, or NotFoundError. */
export async function getTask(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskItem> {
  if (!isUuid(taskId)) throw new NotFoundError('No such task', 'not-found');
  const [task] = await listTasks(deps, user, { taskId });
  if (!task) throw new NotFoundError('No such task', 'not-found');
  return task;
}

/** A task with what its form needs from the case: the persons to choose from and the facts shown read-only. */
export async function getTaskDetail(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskDetail> {
  const task = await getTask(deps, user, taskId);
  return { ...task, form: await taskForm(deps, user, task) };
}

/** Takes an open task into the user's own work; a task claimed by someone else is a conflict. */
export async function claimTask(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskItem> {
  const task = await getTask(deps, user, taskId);
  assertCanAct(task);
  const updated = await deps.db('tasks')
    .where({ id: taskId, status: 'open' })
    .where((w) => w.whereNull('claimed_by').orWhere('claimed_by', user.id))
    .update({ claimed_by: user.id, claimed_at: deps.clock() });
  if (updated === 0) throw task.status !== 'open' ? taskClosed(task.status) : claimedByAnother();
  await noteTaskEvent(deps, taskId, 'claim', user.id, user.id, null);
  return getTask(deps, user, taskId);
}

/** Gives a claimed task back to its institution: its holder, or whoever may reassign it. */
export async function unclaimTask(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskItem> {
  const task = await getTask(deps, user, taskId);
  if (task.status !== 'open') throw taskClosed(task.status);
  if (!task.canAssign) throw new ForbiddenError('Only the holder of the task or a supervisor over it releases it', 'cannot-assign-task');
  const updated = await deps.db('tasks').where({ id: taskId, status: 'open' }).whereNotNull('claimed_by')
    .update({ claimed_by: null, claimed_at: null });
  if (updated === 0) throw new ConflictError('The task is not claimed', 'task-not-claimed');
  await noteTaskEvent(deps, taskId, 'unclaim', user.id, null, null);
  return getTask(deps, user, taskId);
}

/**
 * Hands a task to a colleague who may perform it (same role, same institution, or for a
 * prosecutor an office above): by its holder, or by the head of unit or prosecutor over it.
 */
export async function assignTask(deps: DomainDeps, user: SessionUser, taskId: string, body: unknown): Promise<TaskItem> {
  const task = await getTask(deps, user, taskId);
  if (task.status !== 'open') throw taskClosed(task.status);
  if (!task.canAssign) throw new ForbiddenError('Only the holder of the task or a supervisor over it hands it over', 'cannot-assign-task');
  const { userId, note } = (body ?? {}) as { userId?: unknown; note?: unknown };
  if (typeof userId !== 'string' || !isUuid(userId)) {
    throw new InputError('The body must be {"userId": "<uuid>"}', [{ path: '/userId', message: 'must be the id of a user', code: 'format', params: { format: 'uuid' } }], 400);
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > 1000)) {
    throw new InputError('The note must be text of at most 1000 characters', [{ path: '/note', message: 'must be text of at most 1000 characters', code: 'maxLength', params: { limit: 1000 } }], 400);
  }
  const candidates = await taskAssignees(deps, user, taskId);
  if (!candidates.some((c) => c.id === userId)) {
    throw new InputError('That user cannot perform this task', [{ path: '/userId', message: 'cannot perform this task', code: 'not-assignable', params: { role: task.role } }], 422, 'not-assignable');
  }
  const updated = await deps.db('tasks').where({ id: taskId, status: 'open' }).update({ claimed_by: userId, claimed_at: deps.clock() });
  if (updated === 0) throw taskClosed('closed');
  await noteTaskEvent(deps, taskId, 'assign', user.id, userId, typeof note === 'string' ? note : null);
  return getTask(deps, user, taskId);
}

/** The active users who may perform a task: its role, in its institution or (prosecutors) an office above it. */
export async function taskAssignees(deps: DomainDeps, user: SessionUser, taskId: string): Promise<Assignee[]> {
  const task = await getTask(deps, user, taskId);
  if (!task.unitId) return [];
  const offices = (sub: Knex.QueryBuilder) => sub.withRecursive('up', (rec) =>
    rec.select('id', 'parent_id').from('units').where('id', task.unitId)
      .unionAll((u) => u.select('units.id', 'units.parent_id').from('units').join('up', 'units.id', 'up.parent_id')))
    .select('id').from('up');
  const rows: Array<{ id: string; full_name: string; unit_id: string; unit_name: string }> = await deps.db('users as u').join('units as n', 'n.id', 'u.unit_id')
    .where({ 'u.active': true, 'u.role': task.role })
    .where((w) => (task.role === 'prosecutor' ? w.whereIn('u.unit_id', offices) : w.where('u.unit_id', task.unitId)))
    .select('u.id', 'u.full_name', 'u.unit_id', 'n.name as unit_name').orderBy('u.full_name');
  return rows.map((r) => ({ id: r.id, fullName: r.full_name, unitId: r.unit_id, unitName: r.unit_name }));
}

async function noteTaskEvent(deps: DomainDeps, taskId: string, kind: 'claim' | 'unclaim' | 'assign', actorId: string, assigneeId: string | null, note: string | null) {
  await deps.db('task_events').insert({ task_id: taskId, kind, actor_id: actorId, assignee_id: assigneeId, note, at: deps.clock() });
}

/**
 * Completes a task: the facts the case holds are filled in, the data is checked against the
 * record schema and the case invariants here (so bad input never reaches the engine), then the
 * case workflow's `completeTask` update checks the invariants again, records the act and moves
 * the case on.
 */
export async function completeTask(deps: DomainDeps, user: SessionUser, taskId: string, body: unknown): Promise<RecordStepResult> {
  const task = await getTask(deps, user, taskId);
  if (task.status !== 'open') throw taskClosed(task.status);
  assertCanAct(task);
  if (task.claimedBy && task.claimedBy !== user.id) throw claimedByAnother();
  const sent = (body as { data?: unknown } | null)?.data;
  if (sent === null || typeof sent !== 'object' || Array.isArray(sent)) {
    throw new InputError('The body must be {"data": {...}}', [{ path: '', message: 'data must be an object', code: 'type', params: { type: 'object' } }], 400);
  }
  return recordTaskAct(deps, task, user, sent as Record<string, unknown>);
}

/** The task an act completes, as the task row holds it. */
export interface ActTask {
  id: string;
  caseId: string;
  workflowId: string;
  recordType: string;
  personId: string | null;
}

/**
 * Records the act of an open task for a user already allowed to: fills in the case's facts,
 * checks schema and case invariants, and sends the workflow update (whose validator checks the
 * invariants again). The API calls it after its access checks; `icj simulate` calls it as is.
 */
export async function recordTaskAct(deps: DomainDeps, task: ActTask, user: SessionUser, sent: Record<string, unknown>): Promise<RecordStepResult> {
  if (!isRecordType(task.recordType)) throw new Error(`task ${task.id} has unknown record type ${task.recordType}`);
  // The case file and its keys in one round trip; an act about data a retention rule destroyed is refused first.
  const { facts, keys } = await loadCaseFile(deps.db, task.caseId);
  assertKeysKept(keys, task.caseId, [task.personId]);
  if (!facts) throw new NotFoundError('No such task', 'not-found');
  const { data, schemaErrors, refusals } = prepareAct({
    recordType: task.recordType, data: sent, taskPersonId: task.personId, facts, now: deps.clock().getTime(), clockSkewMs: deps.clockSkewMs, actor: actorOf(user),
  });
  if (schemaErrors.length > 0) throw new InputError(`The ${task.recordType} record is invalid`, schemaErrors);
  if (refusals.length > 0) throw new InputError(`The ${task.recordType} record contradicts the case`, refusals, 422, 'case-invariant');

  const handle = deps.temporal.workflow.getHandle(task.workflowId);
  const update = handle.executeUpdate(completeTaskUpdate, {
    args: [{ taskId: task.id, data, actor: actorOf(user) }],
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(notConfirmed()), UPDATE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([update, timeout]);
  } catch (e) {
    throw toDomainError(e);
  } finally {
    clearTimeout(timer);
  }
}

/** The task is performed by the user's role in the user's institution (org/performer.ts), else 403. */
function assertCanAct(task: TaskItem): void {
  if (!task.canAct) {
    throw new ForbiddenError(`This task is performed by the role ${task.role} of ${task.unitName ?? 'its institution'}`, 'role-not-allowed', { role: task.role, unit: task.unitName });
  }
}

const taskClosed = (status: string) => new ConflictError(`The task is ${status}`, 'task-not-open', { status });
const claimedByAnother = () => new ConflictError('The task is claimed by another officer', 'claimed-by-another');
