import { randomUUID } from 'node:crypto';
import { prepareAct } from '../casefile/prepare-act';
import { loadCaseFacts } from '../db/case-facts-repo';
import { capabilitiesOf } from '../org/roles';
import { orderReleaseUpdate } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import { actorOf } from './actor';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { listEscalations } from './escalations';
import { toDomainError } from './update-failure';

/**
 * The supervising prosecutor or the head of unit orders the release of the person of an escalated
 * liberty limit (CPC KR 12(2): anyone held beyond the term is freed at once; 35(1); 38(2)): a
 * `release-order` record through the workflow holding the facility's release task, which then
 * shows the order; the escalation is acknowledged with the grounds.
 */
export async function orderRelease(deps: DomainDeps, user: SessionUser, escalationId: string, body: unknown): Promise<RecordStepResult> {
  if (!capabilitiesOf(user.role).supervise) throw new ForbiddenError('A release is ordered by the supervising prosecutor or the head of unit', 'supervisors-order-release');
  const [escalation] = await listEscalations(deps, user, { id: escalationId });
  if (!escalation) throw new NotFoundError('No such escalation', 'not-found');
  const grounds = (body as { grounds?: unknown } | null)?.grounds;
  if (!escalation.personId) throw new ConflictError('The escalation concerns no detained person', 'no-release-task');
  const task = await deps.db('tasks').where({ case_id: escalation.caseId, person_id: escalation.personId, record_type: 'release', status: 'open' })
    .first('id', 'workflow_id', 'release_order_record_id');
  if (!task) throw new ConflictError('No release task is open for this person: the limit has not expired, or the person is released', 'no-release-task');
  if (task.release_order_record_id) throw new ConflictError('The release is already ordered', 'release-already-ordered');
  const facts = await loadCaseFacts(deps.db, escalation.caseId);
  if (!facts) throw new NotFoundError('No such escalation', 'not-found');
  const now = deps.clock();
  const { data, schemaErrors, refusals } = prepareAct({
    recordType: 'release-order', data: { orderedAt: now.toISOString(), personId: escalation.personId, grounds, orderedByRole: user.role },
    taskPersonId: escalation.personId, facts, now: now.getTime(), clockSkewMs: deps.clockSkewMs, actor: actorOf(user),
  });
  if (schemaErrors.length > 0) throw new InputError('The release order is invalid', schemaErrors);
  if (refusals.length > 0) throw new InputError('The release order contradicts the case', refusals, 422, 'case-invariant');
  let result: RecordStepResult;
  try {
    result = await deps.temporal.workflow.getHandle(task.workflow_id).executeUpdate(orderReleaseUpdate, {
      args: [{ orderId: randomUUID(), data, actor: actorOf(user) }],
    });
  } catch (e) {
    throw toDomainError(e);
  }
  await deps.db.transaction(async (trx) => {
    await trx('tasks').where({ id: task.id, status: 'open' }).whereNull('release_order_record_id').update({ release_order_record_id: result.recordId });
    await trx('escalations').where({ id: escalationId, status: 'open' })
      .update({ status: 'acknowledged', acknowledged_by: user.id, acknowledged_at: now, ack_comment: String(grounds) });
  });
  return result;
}
