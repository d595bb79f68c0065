import { isRecordType } from '../law/record-schemas';
import { prepareAct } from '../casefile/prepare-act';
import { loadCaseFacts } from '../db/case-facts-repo';
import { completeTaskUpdate } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { notConfirmed, toDomainError } from './update-failure';
import { listTasks, type TaskItem } from './task-queries';
import { isUuid } from './case-queries';
import { taskForm } from './task-form';
import type { TaskDetail } from './views';

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
  assertRole(task, user);
  const updated = await deps.db('tasks')
    .where({ id: taskId, status: 'open' })
    .where((w) => w.whereNull('claimed_by').orWhere('claimed_by', user.id))
    .update({ claimed_by: user.id, claimed_at: deps.clock() });
  if (updated === 0) throw task.status !== 'open' ? taskClosed(task.status) : claimedByAnother();
  return getTask(deps, user, taskId);
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
  assertRole(task, user);
  if (task.claimedBy && task.claimedBy !== user.id && user.role !== 'admin') throw claimedByAnother();
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
  const facts = await loadCaseFacts(deps.db, task.caseId);
  if (!facts) throw new NotFoundError('No such task', 'not-found');
  const { data, schemaErrors, refusals } = prepareAct({
    recordType: task.recordType, data: sent, taskPersonId: task.personId, facts, now: deps.clock().getTime(), clockSkewMs: deps.clockSkewMs,
  });
  if (schemaErrors.length > 0) throw new InputError(`The ${task.recordType} record is invalid`, schemaErrors);
  if (refusals.length > 0) throw new InputError(`The ${task.recordType} record contradicts the case`, refusals, 422, 'case-invariant');

  const handle = deps.temporal.workflow.getHandle(task.workflowId);
  const update = handle.executeUpdate(completeTaskUpdate, {
    args: [{ taskId: task.id, data, actor: { userId: user.id, username: user.username, role: user.role, unitId: user.unitId } }],
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

function assertRole(task: TaskItem, user: SessionUser): void {
  if (task.role !== user.role && user.role !== 'admin') {
    throw new ForbiddenError(`This task is performed by the role ${task.role}`, 'role-not-allowed', { role: task.role });
  }
}

const taskClosed = (status: string) => new ConflictError(`The task is ${status}`, 'task-not-open', { status });
const claimedByAnother = () => new ConflictError('The task is claimed by another officer', 'claimed-by-another');
