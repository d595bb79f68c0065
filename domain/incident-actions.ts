import { randomUUID } from 'node:crypto';
import { temporal } from '@temporalio/proto';
import type { WorkflowExecutionInfo } from '@temporalio/client';
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

/** The cases of these register numbers that the user may see (administrators see every case), in one query. */
async function casesOfNumbers(deps: DomainDeps, user: SessionUser, registerNumbers: string[]): Promise<Map<string, { id: string; register_number: string }>> {
  if (registerNumbers.length === 0) return new Map();
  const q = deps.db('cases as c').whereIn('c.register_number', registerNumbers).select('c.id', 'c.register_number');
  const rows: Array<{ id: string; register_number: string }> = await (capabilitiesOf(user.role).administer ? q : scopeCases(q, user));
  return new Map(rows.map((r) => [r.register_number, r]));
}

/** How many workflow ids one visibility query names. */
const IDS_PER_QUERY = 50;

/**
 * The latest run's start of each of these workflow ids, from Temporal's visibility: a failed run
 * counts only while no run started after it (a reset starts one). One query per 50 ids, instead
 * of a describe per workflow.
 */
async function latestStarts(deps: DomainDeps, ids: string[]): Promise<Map<string, number>> {
  const latest = new Map<string, number>();
  for (let i = 0; i < ids.length; i += IDS_PER_QUERY) {
    const chunk = ids.slice(i, i + IDS_PER_QUERY);
    const query = `WorkflowId IN (${chunk.map((id) => `'${id}'`).join(', ')})`;
    for await (const w of deps.temporal.workflow.list({ query })) {
      const at = w.startTime.getTime();
      if (at > (latest.get(w.workflowId) ?? -Infinity)) latest.set(w.workflowId, at);
    }
  }
  return latest;
}

/** A workflow id that can be written into a visibility query as it is (the ids this system makes). */
const QUOTABLE = /^[A-Za-z0-9_./:-]+$/;

/**
 * The case workflows that ended without their procedure finishing (Temporal's visibility:
 * ExecutionStatus Failed, Terminated or TimedOut), on the cases the user may see: nobody's clock
 * runs in them, so they are incidents until retried. At most 200.
 */
export async function listFailedWorkflows(deps: DomainDeps, user: SessionUser): Promise<FailedWorkflowItem[]> {
  if (!mayAct(user)) throw new ForbiddenError('Only administrators and supervisors see the incidents', 'forbidden');
  const query = "ExecutionStatus = 'Failed' OR ExecutionStatus = 'Terminated' OR ExecutionStatus = 'TimedOut'";
  // The latest failed run of each workflow id.
  const failed = new Map<string, WorkflowExecutionInfo>();
  for await (const w of deps.temporal.workflow.list({ query })) {
    const seen = failed.get(w.workflowId);
    if (!seen && failed.size >= 200) break;
    if (!seen || w.startTime > seen.startTime) failed.set(w.workflowId, w);
  }
  const numberOf = (w: WorkflowExecutionInfo) => (w.searchAttributes?.IcjRegisterNumber as string[] | undefined)?.[0] ?? null;
  const cases = await casesOfNumbers(deps, user, [...new Set([...failed.values()].map(numberOf).filter((n): n is string => n !== null))]);
  const visible = [...failed.values()].filter((w) => capabilitiesOf(user.role).administer || cases.has(numberOf(w) ?? ''));
  // A workflow reset since it failed has a newer run: only the latest run of an id counts.
  const quotable = visible.filter((w) => QUOTABLE.test(w.workflowId));
  const latest = await latestStarts(deps, quotable.map((w) => w.workflowId));
  for (const w of visible.filter((x) => !QUOTABLE.test(x.workflowId))) {
    const described = await deps.temporal.workflow.getHandle(w.workflowId).describe();
    latest.set(w.workflowId, described.runId === w.runId ? w.startTime.getTime() : Infinity);
  }
  return visible
    .filter((w) => (latest.get(w.workflowId) ?? w.startTime.getTime()) <= w.startTime.getTime())
    .map((w) => {
      const kase = cases.get(numberOf(w) ?? '');
      return {
        workflowId: w.workflowId, runId: w.runId, status: w.status.name, closedAt: w.closeTime?.toISOString() ?? null,
        caseId: kase?.id ?? null, registerNumber: kase?.register_number ?? numberOf(w),
      };
    });
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
