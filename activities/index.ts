import type { Knex } from 'knex';
import { ApplicationFailure } from '@temporalio/common';
import { startEscalationLadderWorkflow } from './start-escalation-ladder';
import { Context } from '@temporalio/activity';
import { escalationStep } from '../db/escalation-ladder-repo';
import { isRecordType, recordSchemaVersion, validateRecord } from '../law/record-schemas';
import { appendRecord } from '../db/records-repo';
import {
  cancelTaskRow, closeDeadlineRow, closeDeadlineRows, completeTaskRow, insertDeadline, insertDeadlines, insertEscalation, insertOutbox, insertTask,
  moveDeadlineRow,
} from '../db/work-repo';
import { failureTypes } from '../workflows/definitions';
import { noteIncident, watchStep } from './incident-watch';
import { projectRecord } from '../db/record-projections';
import { projectCaseStatistics } from '../statistics/facts/facts-repo';
import type {
  CancelTaskInput, CloseDeadlineInput, MoveDeadlineInput, OpenDeadlineInput, OpenTaskInput, ProjectionWrite, RaiseEscalationInput,
  ProjectionOptions, RecordStepInput, RecordStepResult, ServiceActionInput,
} from './types';

export interface ActivityDeps {
  db: Knex;
  clock: () => Date;
  log: (message: string, fields?: Record<string, unknown>) => void;
  /** Called after a record is written (metrics). */
  onRecordWritten?: (recordType: string) => void;
  /** Starts an escalation's ladder workflow; by default through the worker's client. */
  startEscalationLadder?: (escalationId: string, firstWaitMs: number) => Promise<void>;
}

/** The side effects of the case workflow, built once per worker with its dependencies. */
export function createActivities({ db, clock, log, onRecordWritten, startEscalationLadder = startLadderFromActivity }: ActivityDeps) {
  /**
   * Starts the ladder of a raised escalation with its first wait already read, so the ladder
   * begins with its timer; an escalation already at the top office climbs nowhere and gets none.
   */
  const climbLater = async (escalationId: string) => {
    const wait = await escalationStep(db, escalationId, false, clock());
    if (wait !== null) await startEscalationLadder(escalationId, wait);
  };
  /** The ladders of the escalations a batch of writes raised (after it committed; each start is idempotent). */
  const climbRaised = async (writes: ProjectionWrite[]) => {
    for (const w of writes) {
      if (w.kind !== 'raiseEscalation') continue;
      await climbLater(w.input.id);
      log('escalation raised', { caseId: w.input.caseId, severity: w.input.severity, deadlineId: w.input.deadlineId });
    }
  };
  return {
    /**
     * Validates a procedural act against its record schema and appends it to the case chain,
     * closing its task in the same transaction. Idempotent per (workflow, step).
     */
    async recordStep(input: RecordStepInput): Promise<RecordStepResult> {
      const recordType = input.recordType;
      if (!isRecordType(recordType)) {
        throw ApplicationFailure.nonRetryable(`unknown record type ${recordType}`, failureTypes.recordInvalid, []);
      }
      const errors = validateRecord(recordType, input.data);
      if (errors.length > 0) {
        throw ApplicationFailure.nonRetryable(`the ${input.recordType} record is invalid`, failureTypes.recordInvalid, errors);
      }
      const at = clock();
      // A missing case is retried (plain error): the API commits the case row just after starting the workflow.
      const step = { caseId: input.caseId, workflowId: input.workflowId, activity: 'recordStep', stepKey: input.stepKey };
      const { record, created } = await watchStep(db, step, () => db.transaction(async (trx) => {
        const written = await appendRecord(trx, {
          caseId: input.caseId,
          idempotencyKey: `${input.workflowId}/${input.stepKey}`,
          recordType: input.recordType,
          schemaVersion: recordSchemaVersion(recordType),
          data: input.data,
          actorId: input.actor.userId,
          taskId: input.taskId,
          recordedAt: at,
        });
        if (input.taskId) await completeTaskRow(trx, input.taskId, written.record.id, input.actor.userId, at);
        if (written.created) {
          await projectRecord(trx, input.caseId, input.recordType, input.data, input.identity);
          // What follows from the act, in its transaction (a retry that finds the act finds them too).
          if (input.projections) await applyProjectionsInOrder(trx, input.projections);
          // The case row is locked by appendRecord.
          if (!input.statisticsFollow) await projectCaseStatistics(trx, input.caseId);
        }
        return written;
      }));
      if (created) {
        onRecordWritten?.(input.recordType);
        log('record written', { caseId: input.caseId, recordType: input.recordType, seq: record.seq });
      }
      await climbRaised(input.projections ?? []);
      return { recordId: record.id, seq: record.seq, hash: record.hash };
    },

    /** A workflow that cannot go on (a failure no retry fixes) is an incident a person sees. */
    async reportIncident(input: { caseId: string; workflowId: string; error: string }): Promise<void> {
      await noteIncident(db, { caseId: input.caseId, workflowId: input.workflowId, activity: 'workflow', stepKey: 'run' }, 1, { name: input.error });
      log('workflow failed: incident raised', { caseId: input.caseId, workflowId: input.workflowId });
    },

    /** Mirrors the workflow's stage into the case row the lists read. */
    async setCaseStage(input: { caseId: string; stage: string }): Promise<void> {
      await db('cases').where({ id: input.caseId }).update({ stage: input.stage });
    },

    async openTask(input: OpenTaskInput): Promise<void> {
      await insertTask(db, input);
    },

    async cancelTask(input: CancelTaskInput): Promise<void> {
      await cancelTaskRow(db, input);
    },

    async openDeadline(input: OpenDeadlineInput): Promise<void> {
      await withCaseStatistics(db, input.caseId, (trx) => insertDeadline(trx, input));
    },

    async moveDeadline(input: MoveDeadlineInput): Promise<void> {
      await withCaseStatistics(db, await caseOfDeadline(db, input.id), (trx) => moveDeadlineRow(trx, input));
    },

    /** An automatic act from the allow-list: written to the outbox in one idempotent row, delivered by a notifier. */
    async runServiceAction(input: ServiceActionInput): Promise<void> {
      const kase = await db('cases').where({ id: input.caseId }).first('register_number', 'unit_id');
      if (!kase) throw new Error(`case ${input.caseId} does not exist yet`);
      await insertOutbox(db, input, { registerNumber: kase.register_number, unitId: kase.unit_id });
      log('service action queued', { caseId: input.caseId, action: input.action, elementId: input.elementId });
    },

    async closeDeadline(input: CloseDeadlineInput): Promise<void> {
      await withCaseStatistics(db, await caseOfDeadline(db, input.id), (trx) => closeDeadlineRow(trx, input));
    },

    async raiseEscalation(input: RaiseEscalationInput): Promise<void> {
      await insertEscalation(db, input);
      await climbLater(input.id);
      log('escalation raised', { caseId: input.caseId, severity: input.severity, deadlineId: input.deadlineId });
    },

    /**
     * One engine step's projection writes in one transaction, in order: one activity instead of
     * one per write (each is a round trip through Temporal). Every write is idempotent, so a
     * retry of the whole batch is safe.
     */
    async applyProjections(writes: ProjectionWrite[], options: ProjectionOptions = {}): Promise<void> {
      const first = writes[0];
      const caseId = options.statisticsOf ?? (first ? ('caseId' in first.input ? String(first.input.caseId) : '') : '');
      const step = { caseId, workflowId: projectionWorkflowId(writes), activity: 'applyProjections', stepKey: writes.map((w) => ('id' in w.input ? w.input.id : w.kind)).join(',').slice(0, 200) };
      const deadline = writes.find((w) => w.kind === 'openDeadline' || w.kind === 'moveDeadline' || w.kind === 'closeDeadline');
      const statsCase = options.statisticsOf ?? (!deadline ? null : caseId || (deadline.kind === 'openDeadline' ? deadline.input.caseId : await caseOfDeadline(db, deadline.input.id)));
      await watchStep(db, step, () => (statsCase
        ? withCaseStatistics(db, statsCase, (trx) => applyProjectionsInOrder(trx, writes))
        : db.transaction((trx) => applyProjectionsInOrder(trx, writes))));
      await climbRaised(writes);
    },

    /** One step of an escalation's ladder (db/escalation-ladder-repo.ts): the wait before the next climb, or null. */
    async escalationStep(input: { escalationId: string; climb: boolean }): Promise<number | null> {
      return escalationStep(db, input.escalationId, input.climb, clock());
    },
  };
}

export type CaseActivities = ReturnType<typeof createActivities>;

/** Starts an escalation's ladder through the worker's own client, on the activity's task queue. */
async function startLadderFromActivity(escalationId: string, firstWaitMs: number): Promise<void> {
  const ctx = Context.current();
  await startEscalationLadderWorkflow(ctx.client, ctx.info.taskQueue, escalationId, firstWaitMs);
}

/**
 * Projection writes that change a case's deadlines, then its statistics facts again, in one
 * transaction that first takes the case row's lock (as appendRecord does, so concurrent steps of
 * one case, e.g. each detained person's child workflow, take turns instead of deadlocking).
 */
async function withCaseStatistics(db: Knex, caseId: string | null, write: (trx: Knex.Transaction) => Promise<void>): Promise<void> {
  await db.transaction(async (trx) => {
    if (caseId) await trx('cases').where({ id: caseId }).forUpdate().first('id');
    await write(trx);
    if (caseId) await projectCaseStatistics(trx, caseId);
  });
}

/** The case of a deadline row (moves and closes name only the deadline); null before it exists. */
async function caseOfDeadline(db: Knex, deadlineId: string): Promise<string | null> {
  return (await db('deadlines').where({ id: deadlineId }).first('case_id'))?.case_id ?? null;
}

/** The workflow a batch of projection writes comes from (its task rows name it), for incidents. */
function projectionWorkflowId(writes: ProjectionWrite[]): string {
  const task = writes.find((w) => w.kind === 'openTask');
  return task && task.kind === 'openTask' ? task.input.workflowId : 'unknown';
}

/**
 * The writes of a step in their order, a run of deadlines armed or closed one after another in
 * one statement (a custody decision closes the motion's and the detention's limits and arms two).
 */
async function applyProjectionsInOrder(trx: Knex.Transaction, writes: ProjectionWrite[]): Promise<void> {
  for (let i = 0; i < writes.length;) {
    const kind = writes[i]!.kind;
    let j = i + 1;
    while (j < writes.length && writes[j]!.kind === kind) j++;
    const run = writes.slice(i, j);
    if (kind === 'openDeadline') await insertDeadlines(trx, run.map((w) => w.input as OpenDeadlineInput));
    else if (kind === 'closeDeadline') await closeDeadlineRows(trx, run.map((w) => w.input as CloseDeadlineInput));
    else for (const w of run) await applyProjection(trx, w);
    i = j;
  }
}

async function applyProjection(db: Knex, w: ProjectionWrite): Promise<void> {
  switch (w.kind) {
    case 'openTask': return insertTask(db, w.input);
    case 'cancelTask': return cancelTaskRow(db, w.input);
    case 'openDeadline': return insertDeadline(db, w.input);
    case 'moveDeadline': return moveDeadlineRow(db, w.input);
    case 'closeDeadline': return closeDeadlineRow(db, w.input);
    case 'raiseEscalation': return insertEscalation(db, w.input);
    case 'setCaseStage':
      await db('cases').where({ id: w.input.caseId }).update({ stage: w.input.stage });
  }
}
