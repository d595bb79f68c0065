import type { Knex } from 'knex';
import type { temporal } from '@temporalio/proto';
import { retentionDue, type Due } from './retention-due';

/** The outcome acts the retention rules read (their non-personal fields are stored in clear). */
const OUTCOME_ACTS = ['check-decision', 'prosecutor-indictment-decision', 'verdict', 'entry-into-force'];

/** Where a case's Temporal histories are deleted (the case workflow, its child instances, its escalation ladders). */
export interface HistoryEraser {
  namespace: string;
  workflowService: Pick<temporal.api.workflowservice.v1.WorkflowService, 'deleteWorkflowExecution' | 'listWorkflowExecutions'>;
}

export interface RetentionReport {
  casesChecked: number;
  destroyed: Array<Due & { caseId: string }>;
  historiesDeleted: number;
  /** Cases whose histories could not be deleted this time (Temporal unreachable): tried again at the next run. */
  historiesFailed: Array<{ caseId: string; error: string }>;
}

/**
 * Destroys the keys whose retention rule has ended (privacy/retention-due.ts) and records each
 * destruction in the append-only admin_changes; then deletes the Temporal histories of each case
 * whose own key went, so no copy of its payloads is left there either, and records that too: a
 * case whose histories could not be deleted (Temporal down) is tried again at every run until they
 * are. Idempotent and safe to run from several processes at once: a key is destroyed, and its
 * destruction recorded, once.
 */
export async function runRetention(db: Knex, now: Date, eraser: HistoryEraser | null): Promise<RetentionReport> {
  const years = new Map<string, number>((await db('retention_rules').select('outcome', 'years')).map((r) => [r.outcome, r.years]));
  const cases: Array<{ case_id: string }> = await db('records as r')
    .whereIn('r.record_type', ['check-decision', 'prosecutor-indictment-decision', 'entry-into-force'])
    .whereExists(db('data_keys as k').select(db.raw('1')).whereRaw('k.case_id = r.case_id').whereNotNull('k.key'))
    .distinct('r.case_id');
  const report: RetentionReport = { casesChecked: cases.length, destroyed: [], historiesDeleted: 0, historiesFailed: [] };
  for (const { case_id: caseId } of cases) {
    const acts = await db('records').where({ case_id: caseId }).whereIn('record_type', OUTCOME_ACTS).orderBy('seq').select('record_type as recordType', 'data');
    const personIds: string[] = await db('persons').where({ case_id: caseId }).orderBy('ordinal').pluck('id');
    const due = retentionDue(caseId, personIds, acts, years, now);
    if (due.length === 0) continue;
    const destroyed = await db.transaction(async (trx) => {
      const done: Due[] = [];
      for (const d of due) {
        const n = await trx('data_keys').where({ id: d.keyId }).whereNotNull('key').update({ key: null, destroyed_at: now, destroyed_for: d.outcome });
        if (n === 0) continue; // already destroyed (by an earlier run or another process)
        done.push(d);
        await trx('admin_changes').insert({
          actor_id: null, entity: 'personal-data', entity_id: d.keyId, action: 'destroyed',
          after: JSON.stringify({ caseId, subject: d.subject, outcome: d.outcome, years: d.years, anchorOn: d.anchorOn, endsOn: d.endsOn }),
        });
      }
      return done;
    });
    report.destroyed.push(...destroyed.map((d) => ({ ...d, caseId })));
  }
  if (eraser) await eraseHistories(db, eraser, now, report);
  return report;
}

/** The histories of every case whose own key is destroyed and whose histories' deletion is not on record yet. */
async function eraseHistories(db: Knex, eraser: HistoryEraser, now: Date, report: RetentionReport): Promise<void> {
  const pending: Array<{ case_id: string; workflow_id: string }> = await db('data_keys as k').join('cases as c', 'c.id', 'k.case_id')
    .where('k.subject', 'case').whereNull('k.key')
    .whereNotExists(db('admin_changes as a').select(db.raw('1')).where({ 'a.entity': 'temporal-history', 'a.action': 'deleted' }).whereRaw('a.entity_id = k.case_id::text'))
    .select('k.case_id', 'c.workflow_id');
  for (const { case_id: caseId, workflow_id: workflowId } of pending) {
    try {
      const deleted = await deleteHistories(eraser, db, caseId, workflowId);
      await db('admin_changes').insert({ actor_id: null, entity: 'temporal-history', entity_id: caseId, action: 'deleted', after: JSON.stringify({ workflowId, executions: deleted, at: now.toISOString() }) });
      report.historiesDeleted += deleted;
    } catch (e) {
      report.historiesFailed.push({ caseId, error: String((e as Error)?.message ?? e) });
    }
  }
}

/** Deletes (terminating if running) every workflow execution of a case; a missing one is already gone. */
async function deleteHistories(eraser: HistoryEraser, db: Knex, caseId: string, workflowId: string): Promise<number> {
  const ladders: string[] = (await db('escalations').where({ case_id: caseId }).pluck('id')).map((id: string) => `escalation-${id}`);
  const children: string[] = [];
  let nextPageToken: Uint8Array | undefined;
  do {
    const page = await eraser.workflowService.listWorkflowExecutions({
      namespace: eraser.namespace, query: `WorkflowId STARTS_WITH "${workflowId}/"`, nextPageToken,
    });
    for (const e of page.executions ?? []) if (e.execution?.workflowId) children.push(e.execution.workflowId);
    nextPageToken = page.nextPageToken && page.nextPageToken.length > 0 ? page.nextPageToken : undefined;
  } while (nextPageToken);
  let deleted = 0;
  for (const id of [...new Set([workflowId, ...children, ...ladders])]) {
    try {
      await eraser.workflowService.deleteWorkflowExecution({ namespace: eraser.namespace, workflowExecution: { workflowId: id } });
      deleted += 1;
    } catch (e) {
      if (!/not found/i.test(String((e as Error).message))) throw e;
    }
  }
  return deleted;
}
