import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Knex } from 'knex';
import { failureTypes } from '../workflows/definitions';

/** From this attempt on, a failing step is an incident a person sees (about 7 s of retries). */
const INCIDENT_FROM_ATTEMPT = 3;

export interface WatchedStep {
  caseId: string;
  workflowId: string;
  activity: string;
  stepKey: string;
}

/**
 * Runs one activity step so that no failure goes unseen: a data error PostgreSQL will refuse on
 * every try becomes a non-retryable failure (the caller answers 422, the task is open again); a
 * transient fault is retried by Temporal, and from the third attempt it is an open incident on
 * the case page and the supervisors' board, resolved when the step succeeds.
 */
export async function watchStep<T>(db: Knex, step: WatchedStep, run: () => Promise<T>): Promise<T> {
  const attempt = currentAttempt();
  try {
    const result = await run();
    if (attempt > 1) await resolveIncident(db, step);
    return result;
  } catch (e) {
    const sqlState = (e as { code?: unknown }).code;
    if (isUnstorable(sqlState)) {
      throw ApplicationFailure.nonRetryable(`PostgreSQL refused the data (SQLSTATE ${sqlState})`, failureTypes.recordUnstorable, [
        { path: '', code: 'record-unstorable', message: 'the data cannot be stored', params: { sqlState } },
      ]);
    }
    if (attempt >= INCIDENT_FROM_ATTEMPT) await noteIncident(db, step, attempt, e);
    throw e;
  }
}

/** Data exceptions (22xxx) and integrity violations (23xxx, but a lost race on a unique key, 23505, resolves on retry). */
function isUnstorable(sqlState: unknown): sqlState is string {
  return typeof sqlState === 'string' && (sqlState.startsWith('22') || (sqlState.startsWith('23') && sqlState !== '23505'));
}

function currentAttempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1; // called outside an activity (tests, scripts)
  }
}

/** What an incident says of its cause: the error's class and code, never the data it carried. */
function describeError(e: unknown): string {
  const err = e as { name?: string; code?: unknown; constructor?: { name?: string } };
  const kind = err?.name ?? err?.constructor?.name ?? 'Error';
  return typeof err?.code === 'string' ? `${kind} ${err.code}` : kind;
}

/** Opens (or refreshes) the incident of a step: what fails, how often, since when. Never throws. */
export async function noteIncident(db: Knex, step: WatchedStep, attempts: number, e: unknown): Promise<void> {
  const now = new Date();
  try {
    const kase = await db('cases').where({ id: step.caseId }).first('id');
    await db('incidents')
      .insert({
        case_id: kase ? step.caseId : null, workflow_id: step.workflowId, activity: step.activity, step_key: step.stepKey, attempts,
        error: describeError(e), first_seen: now, last_seen: now,
      })
      .onConflict(['workflow_id', 'activity', 'step_key'])
      .merge({ attempts, error: describeError(e), last_seen: now, resolved_at: null });
  } catch {
    // The database itself is what fails: the worker's logs and Temporal's pending activity show it.
  }
}

async function resolveIncident(db: Knex, step: WatchedStep): Promise<void> {
  await db('incidents').where({ workflow_id: step.workflowId, activity: step.activity, step_key: step.stepKey }).whereNull('resolved_at')
    .update({ resolved_at: new Date() });
}
