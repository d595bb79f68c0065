import { randomUUID } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import { capabilitiesOf } from '../org/roles';
import { scopeCases } from './case-scope';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { audit } from './user-admin';
import type { FailedWorkflowItem } from './views';

const EventType = temporal.api.enums.v1.EventType;


/** Who may act on what cannot progress: administrators anywhere, supervisors on the cases they supervise. */
function mayAct(user: SessionUser): boolean {
  const c = capabilitiesOf(user.role);
  return c.administer || c.supervise;
}

/** The case a workflow belongs to, if the user may see it (administrators see every case). */
async function caseOfWorkflow(deps: DomainDeps, user: SessionUser, registerNumber: string | null): Promise<{ id: string; register_number: string } | null> {
  if (!registerNumber) return null;
  const q = deps.db('cases as c').where('c.register_number', registerNumber).first('c.id', 'c.register_number');
  return (await (capabilitiesOf(user.role).administer ? q : scopeCases(q, user))) ?? null;
}

/**
 * The case workflows that ended without their procedure finishing (Temporal's visibility:
 * ExecutionStatus Failed, Terminated or TimedOut), on the cases the user may see: nobody's clock
 * runs in them, so they are incidents until retried.
 */
export async function listFailedWorkflows(deps: DomainDeps, user: SessionUser): Promise<FailedWorkflowItem[]> {
  if (!mayAct(user)) throw new ForbiddenError('Only administrators and supervisors see the incidents', 'forbidden');
  const out: FailedWorkflowItem[] = [];
  const query = "ExecutionStatus = 'Failed' OR ExecutionStatus = 'Terminated' OR ExecutionStatus = 'TimedOut'";
  for await (const w of deps.temporal.workflow.list({ query })) {
    if (out.length >= 200) break;
    const registerNumber = (w.searchAttributes?.IcjRegisterNumber as string[] | undefined)?.[0] ?? null;
    const kase = await caseOfWorkflow(deps, user, registerNumber);
    if (!kase && !capabilitiesOf(user.role).administer) continue;
    // A workflow reset since it failed has a newer run: only the latest run of an id counts.
    const latest = await deps.temporal.workflow.getHandle(w.workflowId).describe();
    if (latest.runId !== w.runId) continue;
    out.push({
      workflowId: w.workflowId, runId: w.runId, status: w.status.name, closedAt: w.closeTime?.toISOString() ?? null,
      caseId: kase?.id ?? null, registerNumber: kase?.register_number ?? registerNumber,
    });
  }
  return out;
}

/**
 * Retries a failed case workflow: Temporal resets it to its last completed workflow task, so it
 * runs on from there with the code deployed now (a fixed bug, a database back); audited.
 */
export async function retryFailedWorkflow(deps: DomainDeps, user: SessionUser, workflowId: string, reason: unknown): Promise<{ workflowId: string; runId: string }> {
  if (!mayAct(user)) throw new ForbiddenError('Only administrators and supervisors act on incidents', 'forbidden');
  const why = reasonOf(reason);
  const failed = (await listFailedWorkflows(deps, user)).find((w) => w.workflowId === workflowId);
  if (!failed) throw new NotFoundError('No failed workflow of a case you may see has this id', 'not-found');
  const history = await deps.temporal.workflowService.getWorkflowExecutionHistory({
    namespace: deps.temporal.options.namespace, execution: { workflowId, runId: failed.runId }, maximumPageSize: 1000,
  });
  const events = history.history?.events ?? [];
  const lastTask = [...events].reverse().find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
  if (!lastTask?.eventId) throw new ConflictError('The workflow never completed a step: there is nothing to resume from', 'workflow-not-resumable');
  const reset = await deps.temporal.workflowService.resetWorkflowExecution({
    namespace: deps.temporal.options.namespace, workflowExecution: { workflowId, runId: failed.runId },
    reason: `${user.username}: ${why}`, workflowTaskFinishEventId: lastTask.eventId, requestId: randomUUID(),
  });
  const runId = reset.runId ?? '';
  await audit(deps.db, user, 'workflow', workflowId, 'retry-failed-workflow', { status: failed.status, runId: failed.runId }, { runId, reason: why });
  return { workflowId, runId };
}

/**
 * Acts on an open incident (a step that keeps failing): `retry` asks Temporal to run the failing
 * activity again now, its attempts counted afresh (Activity API, ResetActivity); `cancel` asks the
 * case workflow to cancel, for a case that must not go on (the liberty watchdog then reports any
 * person it held). Both audited.
 */
export async function actOnIncident(deps: DomainDeps, user: SessionUser, incidentId: string, action: string, reason: unknown): Promise<{ action: string; workflowId: string }> {
  if (action !== 'retry' && action !== 'cancel') throw new NotFoundError('No such action', 'not-found');
  if (!mayAct(user)) throw new ForbiddenError('Only administrators and supervisors act on incidents', 'forbidden');
  const why = reasonOf(reason);
  const q = deps.db('incidents as i').join('cases as c', 'c.id', 'i.case_id').where('i.id', incidentId).whereNull('i.resolved_at')
    .first('i.id', 'i.workflow_id', 'i.activity', 'i.attempts', 'i.step_key');
  const incident = /^[0-9a-f-]{36}$/i.test(incidentId) ? await (capabilitiesOf(user.role).administer ? q : scopeCases(q, user)) : undefined;
  if (!incident) throw new NotFoundError('No open incident of a case you may see has this id', 'not-found');
  const namespace = deps.temporal.options.namespace;
  if (action === 'retry') {
    try {
      await deps.temporal.workflowService.resetActivity({
        namespace, execution: { workflowId: incident.workflow_id }, type: incident.activity, identity: user.username,
      });
    } catch (e) {
      throw new ConflictError(`Temporal did not reset the step (${(e as Error).message.split('\n')[0]}); it keeps retrying it by itself`, 'incident-not-reset');
    }
  } else {
    await deps.temporal.workflow.getHandle(incident.workflow_id).cancel();
  }
  await audit(deps.db, user, 'incident', incident.id, `incident-${action}`, { workflowId: incident.workflow_id, activity: incident.activity, attempts: incident.attempts }, { reason: why });
  return { action, workflowId: incident.workflow_id };
}

function reasonOf(reason: unknown): string {
  if (typeof reason !== 'string' || reason.trim().length < 5 || reason.length > 500) {
    throw new InputError('Say why (5 to 500 characters): the action is audited', [{ path: '/reason', message: 'say why, 5 to 500 characters', code: 'reason-required', params: {} }], 400, 'reason-required');
  }
  return reason.trim();
}
