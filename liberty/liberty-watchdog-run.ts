import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { rulebookData } from '../law/rulebook-data';
import { insertEscalation } from '../db/work-repo';
import type { temporal as proto } from '@temporalio/proto';
import { libertyAlarms, type HeldPerson, type LibertyAlarm } from './liberty-alarms';

/** The watchdog's incidents and escalations carry this as their activity and element. */
export const WATCHDOG = 'liberty-watchdog';

/** The liberty terms of the rulebook (its `libertyTerm` flag): a running one is a clock for the person. */
const LIBERTY_LIMITS = rulebookData.limits.filter((l) => l.libertyTerm).map((l) => l.id);

/** A stable id, so the same alarm raised twice is one escalation. */
function alarmId(a: LibertyAlarm): string {
  const h = createHash('sha1').update(`${WATCHDOG}/${a.personId}/${a.reason}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const MESSAGES: Record<LibertyAlarm['reason'], string> = {
  'no-liberty-clock': 'The records hold this person deprived of liberty, yet no liberty limit runs for them and no release is due: check and release or record the decision (liberty watchdog)',
  'workflow-not-running': "The records hold this person deprived of liberty, yet the case's workflow, which keeps their clocks, is not running (liberty watchdog)",
};

/** What the watchdog asks Temporal: whether a case's workflow runs. */
export interface WorkflowLookup {
  namespace: string;
  workflowService: Pick<proto.api.workflowservice.v1.WorkflowService, 'describeWorkflowExecution'>;
}

export interface WatchdogReport {
  held: number;
  alarms: LibertyAlarm[];
  /** Temporal could not be asked: the workflows were not checked this time. */
  workflowsUnchecked: boolean;
}

/**
 * One run of the liberty watchdog, independent of the case workflows: who is held according to the
 * records (the statistics facts: a detention or custody not ended), against the deadlines, the
 * release tasks and Temporal. Each alarm is an open incident (on the case page and the incidents
 * board) and an escalation of severity `alert` for the case's head of unit and supervising
 * prosecutor, raised once; an incident whose person is covered again is resolved. Synthetic cases
 * (no workflow by construction) are not watched.
 */
export async function runLibertyWatchdog(db: Knex, now: Date, temporal: WorkflowLookup | null): Promise<WatchdogReport> {
  const rows: Array<{ case_id: string; person_id: string; workflow_id: string; kind: 'detention' | 'custody'; started_at: Date }> = await db('stat_deprivations as d')
    .join('persons as p', (j) => j.on('p.case_id', 'd.case_id').andOn('p.ordinal', 'd.ordinal'))
    .join('cases as c', 'c.id', 'd.case_id')
    .whereIn('d.kind', ['detention', 'custody']).whereNull('d.ended_at').whereNull('d.sentenced_at')
    .whereNot('c.workflow_id', 'like', 'synthetic-%')
    .select('d.case_id', 'p.id as person_id', 'c.workflow_id', 'd.kind', 'd.started_at');
  // A custody ends a detention: the person is held once, by the newer deprivation.
  const byPerson = new Map<string, HeldPerson>();
  for (const r of rows.sort((a, b) => a.started_at.getTime() - b.started_at.getTime())) {
    byPerson.set(r.person_id, { caseId: r.case_id, personId: r.person_id, workflowId: r.workflow_id, kind: r.kind, since: r.started_at.toISOString() });
  }
  const held = [...byPerson.values()];
  const ids = held.map((h) => h.personId);
  const runningLimits = new Set<string>(ids.length === 0 ? [] : await db('deadlines').whereIn('person_id', ids).where('status', 'running').whereIn('limit_id', LIBERTY_LIMITS).pluck('person_id'));
  const openReleaseTasks = new Set<string>(ids.length === 0 ? [] : await db('tasks').whereIn('person_id', ids).where({ status: 'open', record_type: 'release' }).pluck('person_id'));
  let runningWorkflows: Set<string> | null = null;
  if (temporal) {
    try {
      runningWorkflows = new Set();
      for (const workflowId of new Set(held.map((h) => h.workflowId))) {
        try {
          const d = await temporal.workflowService.describeWorkflowExecution({ namespace: temporal.namespace, execution: { workflowId } });
          if (d.workflowExecutionInfo?.status === 1) runningWorkflows.add(workflowId); // WORKFLOW_EXECUTION_STATUS_RUNNING
        } catch (e) {
          if (!/not.?found/i.test(String((e as Error)?.message ?? e))) throw e; // unknown to Temporal: not running
        }
      }
    } catch {
      runningWorkflows = null; // Temporal unavailable: the clocks are checked, the workflows next time
    }
  }
  const alarms = libertyAlarms(held, { runningLimits, openReleaseTasks, runningWorkflows });
  for (const a of alarms) {
    await db('incidents')
      .insert({ case_id: a.caseId, workflow_id: a.workflowId, activity: WATCHDOG, step_key: a.personId, attempts: 1, error: `LibertyWatchdog ${a.reason}`, first_seen: now, last_seen: now })
      .onConflict(['workflow_id', 'activity', 'step_key'])
      .merge({ error: `LibertyWatchdog ${a.reason}`, last_seen: now, resolved_at: null });
    await insertEscalation(db, { id: alarmId(a), caseId: a.caseId, deadlineId: null, severity: 'alert', message: MESSAGES[a.reason], dueAt: null, raisedAt: now.toISOString(), elementId: WATCHDOG });
  }
  const alarming = alarms.map((a) => a.personId);
  await db('incidents').where({ activity: WATCHDOG }).whereNull('resolved_at')
    .modify((q) => { if (alarming.length > 0) q.whereNotIn('step_key', alarming); })
    .update({ resolved_at: now });
  return { held: held.length, alarms, workflowsUnchecked: temporal !== null && runningWorkflows === null };
}
