import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { capabilitiesOf } from '../org/roles';
import { listEscalations } from './escalations';
import { listTasks } from './task-queries';
import { assignTask } from './tasks';
import type { TaskItem } from './views';

/**
 * From the board, the head of unit or the supervising prosecutor hands the escalated case to
 * another investigator (CPC KR 38(2): the head of unit assigns cases; 35(1): the prosecutor may
 * withdraw a case from an investigator): its open investigator tasks go to them, and the case is
 * assigned to them. Each hand-over is in `task_events`.
 */
export async function reassignEscalatedCase(deps: DomainDeps, user: SessionUser, escalationId: string, body: unknown): Promise<{ items: TaskItem[] }> {
  if (!capabilitiesOf(user.role).supervise) throw new ForbiddenError('Cases are reassigned by the head of unit or the supervising prosecutor', 'cannot-assign-task');
  const [escalation] = await listEscalations(deps, user, { id: escalationId });
  if (!escalation) throw new NotFoundError('No such escalation', 'not-found');
  const userId = (body as { userId?: unknown } | null)?.userId;
  if (typeof userId !== 'string') throw new InputError('userId is required', [{ path: '/userId', message: 'is required', code: 'required', params: {} }], 400);
  const tasks = (await listTasks(deps, user, { caseId: escalation.caseId, status: 'open' })).filter((t) => t.role === 'investigator');
  if (tasks.length === 0) throw new ConflictError('The case has no open task of an investigator', 'no-open-task');
  const moved: TaskItem[] = [];
  for (const t of tasks) moved.push(await assignTask(deps, user, t.id, body));
  await deps.db('cases').where({ id: escalation.caseId }).update({ assigned_to: userId });
  return { items: moved };
}
