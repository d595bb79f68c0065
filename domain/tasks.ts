import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { isRecordType, validateRecord, type FieldError } from '../law/record-schemas';
import { completeTaskUpdate, failureTypes } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError, UnavailableError } from './errors';
import { listTasks, type TaskItem } from './task-queries';
import { isUuid } from './case-queries';

const UPDATE_TIMEOUT_MS = 30_000;

/** One task of a case the user may see, or NotFoundError. */
export async function getTask(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskItem> {
  if (!isUuid(taskId)) throw new NotFoundError('No such task');
  const [task] = await listTasks(deps, user, { taskId });
  if (!task) throw new NotFoundError('No such task');
  return task;
}

/** Takes an open task into the user's own work; a task claimed by someone else is a conflict. */
export async function claimTask(deps: DomainDeps, user: SessionUser, taskId: string): Promise<TaskItem> {
  const task = await getTask(deps, user, taskId);
  assertRole(task, user);
  const updated = await deps.db('tasks')
    .where({ id: taskId, status: 'open' })
    .where((w) => w.whereNull('claimed_by').orWhere('claimed_by', user.id))
    .update({ claimed_by: user.id, claimed_at: deps.clock() });
  if (updated === 0) throw new ConflictError(task.status !== 'open' ? `The task is ${task.status}` : 'The task is claimed by another officer');
  return getTask(deps, user, taskId);
}

/**
 * Completes a task: the data is checked against the record schema here (so bad input never reaches
 * the engine), then the case workflow's `completeTask` update records it and moves the case on.
 */
export async function completeTask(deps: DomainDeps, user: SessionUser, taskId: string, body: unknown): Promise<RecordStepResult> {
  const task = await getTask(deps, user, taskId);
  if (task.status !== 'open') throw new ConflictError(`The task is ${task.status}`);
  assertRole(task, user);
  if (task.claimedBy && task.claimedBy !== user.id && user.role !== 'admin') throw new ConflictError('The task is claimed by another officer');
  const data = (body as { data?: unknown } | null)?.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError('The body must be {"data": {...}}', [{ path: '', message: 'data must be an object', code: 'type', params: { type: 'object' } }], 400);
  }
  if (!isRecordType(task.recordType)) throw new Error(`task ${taskId} has unknown record type ${task.recordType}`);
  const errors = validateRecord(task.recordType, data);
  if (errors.length > 0) throw new InputError(`The ${task.recordType} record is invalid`, errors);

  const handle = deps.temporal.workflow.getHandle(task.workflowId);
  const update = handle.executeUpdate(completeTaskUpdate, {
    args: [{ taskId, data: data as Record<string, unknown>, actor: { userId: user.id, username: user.username, role: user.role, unitId: user.unitId } }],
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new UnavailableError('The workflow engine did not confirm the record in time; check the case before retrying')), UPDATE_TIMEOUT_MS);
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
  if (task.role !== user.role && user.role !== 'admin') throw new ForbiddenError(`This task is performed by the role ${task.role}`);
}

/** Maps the workflow's failure types onto domain errors. */
function toDomainError(e: unknown): unknown {
  if (!(e instanceof WorkflowUpdateFailedError)) return e;
  const cause = e.cause;
  if (!(cause instanceof ApplicationFailure)) return e;
  switch (cause.type) {
    case failureTypes.recordInvalid:
      return new InputError(cause.message, (cause.details?.[0] as FieldError[] | undefined) ?? []);
    case failureTypes.extensionRefused:
      return new InputError(cause.message, [{ path: '', message: cause.message, code: 'extension-refused', params: {} }]);
    case failureTypes.taskNotOpen:
      return new ConflictError(cause.message);
    case failureTypes.taskNotFound:
      return new NotFoundError('No such task');
    case failureTypes.roleNotAllowed:
      return new ForbiddenError(cause.message);
    default:
      return e;
  }
}
