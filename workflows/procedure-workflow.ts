import { performingRole } from '../org/legacy-roles';
import {
  allHandlersFinished, ApplicationFailure, CancellationScope, condition, continueAsNew, getExternalWorkflowHandle, isCancellation,
  ParentClosePolicy, patched, setHandler, startChild, upsertSearchAttributes, uuid4, workflowInfo,
} from '@temporalio/workflow';
import type { SearchAttributePair } from '@temporalio/common';
import type { ProjectionWrite } from '../activities/types';
import type { ProcedureModel } from '../bpmn/procedure-model';
import type { CaseFacts } from '../casefile/case-facts';
import { withAct } from '../casefile/fold-act';
import { assertCaseInvariants, setCaseFileHandlers, whenSettled } from './case-file-handlers';
import { acts, localActs, localProjections } from './activities-proxy';
import { asRecordFailure } from './record-failure';
import { completeTaskUpdate, failureTypes, type Actor } from './definitions';
import type { EngineEffect } from './engine/effects';
import { ProcedureEngine } from './engine/procedure-engine';
import { childFinishedSignal, progressQuery, type ProcedureWorkflowInput } from './procedure-definitions';
import { projectionWrite } from './projection-writes';
import { nextDeadlineKey, registerNumberKey, stageKey, unitKey } from './search-attributes';
import { DueTimer, PublishedAttributes, QUIET_WAKE_UPS } from './quiet-wake-ups';

/** Workflow patch: one activity per engine step for the projection writes (was one per write). */
const BATCHED_PROJECTIONS = 'batched-projections';
/** Workflow patch: a limit armed past a warning instant warns at once (ProcedureEngine.warnAtArming). */
const WARNING_DUE_AT_ARMING = 'warning-due-at-arming';
/** Workflow patch: the projection writes as a local activity, in the workflow task of the step. */
const LOCAL_PROJECTIONS = 'local-projections';
/** Workflow patch: a task's act leaves the statistics facts to the projection writes of its step (once, not twice). */
const STATISTICS_ONCE = 'statistics-once';

/**
 * Workflow patch: a task's act and the projection writes it makes (the next tasks, the deadlines
 * it closes and arms) in one local activity and one transaction, instead of two of each.
 */
const ONE_STEP_TRANSACTION = 'one-step-transaction';
/** Workflow patch: a run of called instances (one per detained person) started together, in one workflow task. */
const CHILDREN_TOGETHER = 'children-together';

/** Whether the step's statistics facts are still to be recomputed by its projection writes. */
interface PendingStatistics { due: boolean }

/**
 * One step at a time: an act recorded with its projections (the update handler) and the main
 * loop carrying out effects take turns, so that an act refused by the store can put the engine
 * back as it was without undoing anything else; effects of the act that are not writes (a child
 * to start) wait in `effects` for the main loop, in their order.
 */
interface StepTurn { busy: boolean; effects: EngineEffect[] }

/**
 * A case (or, as a child, one instance of a call activity) following its pinned procedure diagram:
 * the ProcedureEngine moves the tokens; this workflow carries out its effects through activities,
 * turns `completeTask` updates into recorded acts, and sleeps until the next timer, which it
 * recomputes after every change, so a moved limit is re-armed for free.
 */
export async function procedureWorkflow(input: ProcedureWorkflowInput): Promise<void> {
  const { workflowId } = workflowInfo();
  const model: ProcedureModel = { ...input.model, main: input.scopeId };
  const engine = new ProcedureEngine(model, input.state ?? ProcedureEngine.initialState(model, input.vars), uuid4);
  engine.warnAtArming = patched(WARNING_DUE_AT_ARMING);
  const wake = { changed: false };
  // The case file the invariants read; it grows by every act this workflow records.
  const file: { facts: CaseFacts | null } = { facts: input.caseFacts ?? null };
  const registration = { recorded: !input.firstRecord };
  const statistics: PendingStatistics = { due: false };
  const turn: StepTurn = { busy: false, effects: [] };

  setHandler(progressQuery, () => engine.progress());
  setHandler(childFinishedSignal, ({ tokenId }) => whenSettled(turn, () => {
    engine.childDone(tokenId);
    wake.changed = true;
  }));
  setHandler(
    completeTaskUpdate,
    async ({ taskId, data, actor }) => {
      const task = engine.task(taskId);
      if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} is not part of this case`, failureTypes.taskNotFound);
      task.status = 'completing';
      if (patched(ONE_STEP_TRANSACTION)) return completeInOneStep(engine, input, turn, file, wake, { taskId, data, actor });
      // The projection writes of this step follow in the same workflow task (followProcedure wakes).
      const statisticsFollow = patched(LOCAL_PROJECTIONS) && patched(STATISTICS_ONCE);
      try {
        const result = await localActs.recordStep({
          caseId: input.caseId, workflowId, stepKey: taskId, recordType: task.recordType, data, actor, taskId,
          ...(statisticsFollow ? { statisticsFollow } : {}),
        });
        if (statisticsFollow) statistics.due = true;
        if (file.facts) file.facts = withAct(file.facts, { seq: result.seq, recordType: task.recordType, data });
        engine.completeTask(taskId, data);
        wake.changed = true;
        return result;
      } catch (e) {
        task.status = 'open';
        throw asRecordFailure(e);
      }
    },
    {
      validator: ({ taskId, data, actor }) => {
        assertCompletable(engine, taskId, actor);
        // The same case invariants the API ran before sending the update: one rule, one place.
        const task = engine.task(taskId) as NonNullable<ReturnType<typeof engine.task>>;
        assertCaseInvariants(file, input, { recordType: task.recordType, data, taskPersonId: task.personId, actor });
        // Refused before anything is recorded: an extension past the cap never reaches the register.
        const refusals = engine.previewCompletion(taskId, data);
        if (refusals.length > 0) throw ApplicationFailure.nonRetryable(refusals.join('; '), failureTypes.extensionRefused);
      },
    },
  );

  setCaseFileHandlers({ input, workflowId, engine, file, wake, registration, turn });

  try {
    if (input.firstRecord) {
      // CPC KR 145(1), 147: the report is entered in the register before anything else happens.
      const first = await acts.recordStep({
        caseId: input.caseId, workflowId, stepKey: 'registration', recordType: input.firstRecord.recordType,
        data: input.firstRecord.data, actor: input.actor, taskId: null,
      });
      if (file.facts) file.facts = withAct(file.facts, { seq: first.seq, recordType: input.firstRecord.recordType, data: input.firstRecord.data });
      registration.recorded = true;
    }
    await followProcedure(engine, input, wake, file, statistics, turn);
  } catch (e) {
    if (!isCancellation(e)) {
      // A case that cannot go on is shown to a person (the case page, the board), not only logged.
      await acts.reportIncident({ caseId: input.caseId, workflowId, error: (e as Error).name ?? 'Error' });
      throw e;
    }
    // Cancelled from outside (its call activity was interrupted): withdraw its tasks, close its deadlines.
    await CancellationScope.nonCancellable(() => carryOut(engine.cancelAll(), input, engine, file));
    throw e;
  }
  await condition(allHandlersFinished);
  if (input.parent) {
    await getExternalWorkflowHandle(input.parent.workflowId).signal(childFinishedSignal, { tokenId: input.parent.tokenId });
  }
}

/** Advances the engine, carries out its effects, and sleeps until a timer falls due or something changes. */
async function followProcedure(
  engine: ProcedureEngine, input: ProcedureWorkflowInput, wake: { changed: boolean }, file: { facts: CaseFacts | null }, statistics: PendingStatistics,
  turn: StepTurn,
): Promise<void> {
  const quiet = { timer: new DueTimer(), published: new PublishedAttributes() };
  for (let wakeUps = 0; ; wakeUps++) {
    if (patched(ONE_STEP_TRANSACTION)) {
      if (turn.busy || !patched(QUIET_WAKE_UPS)) await condition(() => !turn.busy);
      turn.busy = true;
      try {
        wake.changed = false;
        await carryOut([...turn.effects.splice(0), ...engine.advance(Date.now())], input, engine, file, statistics);
      } finally {
        turn.busy = false;
      }
      if (await sleepUntilChanged(engine, input, wake, file, wakeUps, quiet)) return;
      continue;
    }
    // Reset before advancing: an update or signal arriving while the effects run must wake the next wait.
    wake.changed = false;
    const effects = engine.advance(Date.now());
    await carryOut(effects, input, engine, file, statistics);
    if (await sleepUntilChanged(engine, input, wake, file, wakeUps)) return;
  }
}

/** After a step's effects: publishes the search attributes, continues as new when due, and sleeps until a timer or a change; true when the procedure is over. */
async function sleepUntilChanged(
  engine: ProcedureEngine, input: ProcedureWorkflowInput, wake: { changed: boolean }, file: { facts: CaseFacts | null }, wakeUps: number,
  kept?: { timer: DueTimer; published: PublishedAttributes },
): Promise<boolean> {
  const quiet = kept && patched(QUIET_WAKE_UPS) ? kept : null;
  publishSearchAttributes(engine, quiet?.published);
  if (engine.state.finished) return true;
  if (workflowInfo().continueAsNewSuggested || (input.continueAsNewEvery !== null && wakeUps >= input.continueAsNewEvery)) {
    await condition(allHandlersFinished);
    await continueAsNew<typeof procedureWorkflow>({ ...input, firstRecord: null, state: engine.state, caseFacts: file.facts });
  }
  const next = engine.nextDueMs();
  const woken = () => wake.changed || engine.hasReadyTokens();
  if (quiet) {
    // The timer of the next instant outlives the wake-up: cancelled and started only when the instant moves.
    if (next === null || next > Date.now()) {
      quiet.timer.keepFor(next);
      await condition(() => woken() || quiet.timer.fired);
    }
    return false;
  }
  if (next === null) await condition(woken);
  else if (next > Date.now()) await condition(woken, next - Date.now());
  return false;
}

/**
 * A task's act with what follows from it, in one local activity and one transaction (patch
 * `one-step-transaction`): the engine takes the act and advances, the writes of its effects up to
 * the first that is not a write (a child to start) go with the record, the rest wait for the main
 * loop. If the store refuses the act (invalid or unstorable data: nothing was written), the engine
 * is put back and the task is open again. If the outcome is unknown (the database did not answer
 * within the local activity's 20 s), the same act and writes go to a scheduled activity, retried
 * until they land: the engine has already moved on, and a retry finds whatever a lost attempt wrote.
 */
async function completeInOneStep(
  engine: ProcedureEngine, input: ProcedureWorkflowInput, turn: StepTurn, file: { facts: CaseFacts | null }, wake: { changed: boolean },
  act: { taskId: string; data: Record<string, unknown>; actor: Actor },
): Promise<Awaited<ReturnType<typeof localActs.recordStep>>> {
  const { workflowId } = workflowInfo();
  await condition(() => !turn.busy);
  turn.busy = true;
  try {
    const recordType = (engine.task(act.taskId) as NonNullable<ReturnType<typeof engine.task>>).recordType;
    const before = engine.snapshot();
    engine.completeTask(act.taskId, act.data);
    const effects = engine.advance(Date.now());
    const ctx = { caseId: input.caseId, workflowId, isChild: input.parent !== null, now: new Date().toISOString() };
    const projections: ProjectionWrite[] = [];
    let i = 0;
    for (; i < effects.length; i++) {
      const write = projectionWrite(effects[i]!, ctx);
      if (write === null) break;
      if (write !== 'none') projections.push(write);
    }
    const step = { caseId: input.caseId, workflowId, stepKey: act.taskId, recordType, data: act.data, actor: act.actor, taskId: act.taskId, projections };
    let result: Awaited<ReturnType<typeof localActs.recordStep>>;
    try {
      result = await localActs.recordStep(step);
    } catch (e) {
      const failure = asRecordFailure(e);
      if (!(failure instanceof ApplicationFailure) || failure.type === failureTypes.recordNotConfirmed) {
        if (isCancellation(e)) throw e;
        result = await acts.recordStep(step);
      } else {
        engine.restore(before);
        const task = engine.task(act.taskId);
        if (task) task.status = 'open';
        throw failure;
      }
    }
    if (file.facts) file.facts = withAct(file.facts, { seq: result.seq, recordType, data: act.data });
    turn.effects.push(...effects.slice(i));
    wake.changed = true;
    return result;
  } finally {
    turn.busy = false;
  }
}

function assertCompletable(engine: ProcedureEngine, taskId: string, actor: Actor): void {
  const task = engine.task(taskId);
  if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} is not part of this case`, failureTypes.taskNotFound);
  if (task.status !== 'open') throw ApplicationFailure.nonRetryable(`task ${taskId} is ${task.status}`, failureTypes.taskNotOpen);
  // Tasks opened from a legacy model name officer or supervisor: they go to the role of the act.
  const role = performingRole(task.role, task.recordType);
  if (actor.role !== role) {
    throw ApplicationFailure.nonRetryable(`this task is performed by the role ${role}, not ${actor.role}`, failureTypes.roleNotAllowed);
  }
}

/**
 * Carries out the engine's effects in order; each activity is idempotent by the ids the engine
 * chose. Projection writes go in one local activity per step (`applyProjections`), which also
 * recomputes the case's statistics facts when the step's act left them to it; cases started
 * before that replay their scheduled activity per step, or per write (workflow patches).
 */
async function carryOut(
  effects: EngineEffect[], input: ProcedureWorkflowInput, engine: ProcedureEngine, file: { facts: CaseFacts | null }, statistics: PendingStatistics = { due: false },
): Promise<void> {
  const { workflowId } = workflowInfo();
  const now = () => new Date().toISOString();
  const batched = patched(BATCHED_PROJECTIONS);
  const pending: ProjectionWrite[] = [];
  const flush = async () => {
    if (pending.length === 0 && !statistics.due) return;
    if (patched(LOCAL_PROJECTIONS)) {
      const writes = pending.splice(0);
      if (statistics.due) {
        statistics.due = false;
        await localProjections.applyProjections(writes, { statisticsOf: input.caseId });
      } else await localProjections.applyProjections(writes);
    } else await acts.applyProjections(pending.splice(0));
  };
  // Called instances started one after another used to wait a workflow task each: ten detained
  // persons, ten round trips through a task queue that a burst fills (patch `children-together`).
  const together = patched(CHILDREN_TOGETHER);
  const children: Array<Promise<unknown>> = [];
  for (const e of effects) {
    const write = projectionWrite(e, { caseId: input.caseId, workflowId, isChild: input.parent !== null, now: now() });
    if (write === 'none') continue;
    if (write) {
      if (batched) pending.push(write);
      else await writeOne(write);
      continue;
    }
    await flush();
    if (e.kind !== 'startChild') await Promise.all(children.splice(0));
    switch (e.kind) {
      case 'runAction':
        await acts.runServiceAction({ id: uuid4(), caseId: input.caseId, action: e.action, elementId: e.elementId, at: now() });
        engine.actionDone(e.tokenId);
        break;
      case 'startChild': {
        // Abandoned, not terminated, when this run continues as new: children report back by signal.
        const started = startChild(procedureWorkflow, {
          workflowId: `${workflowId}/${e.elementId}/${e.index + 1}`,
          parentClosePolicy: ParentClosePolicy.ABANDON,
          // A person's instance is found by the case's register number and unit too.
          typedSearchAttributes: caseIdentity(),
          args: [{
            ...input, scopeId: e.scopeId, vars: e.vars, firstRecord: null, state: null,
            parent: { workflowId, tokenId: e.tokenId }, caseFacts: file.facts,
          }],
        });
        if (together) {
          // Handled here so that a refusal waits for Promise.all below instead of failing the task unhandled.
          started.catch(() => undefined);
          children.push(started);
        } else await started;
        break;
      }
      case 'cancelChildren':
        for (let i = 1; i <= e.count; i++) {
          try {
            await getExternalWorkflowHandle(`${workflowId}/${e.elementId}/${i}`).cancel();
          } catch {
            // Already finished: nothing to cancel.
          }
        }
        break;
    }
  }
  await Promise.all(children);
  await flush();
}

/** The activity per write of cases started before projection writes were batched. */
function writeOne(w: ProjectionWrite): Promise<void> {
  switch (w.kind) {
    case 'openTask': return acts.openTask(w.input);
    case 'cancelTask': return acts.cancelTask(w.input);
    case 'openDeadline': return acts.openDeadline(w.input);
    case 'moveDeadline': return acts.moveDeadline(w.input);
    case 'closeDeadline': return acts.closeDeadline(w.input);
    case 'raiseEscalation': return acts.raiseEscalation(w.input);
    case 'setCaseStage': return acts.setCaseStage(w.input);
  }
}

/** The case's register number and unit, as the case workflow was started with them. */
function caseIdentity(): SearchAttributePair[] {
  const attributes = workflowInfo().typedSearchAttributes;
  const pairs: SearchAttributePair[] = [];
  const registerNumber = attributes.get(registerNumberKey);
  const unit = attributes.get(unitKey);
  if (registerNumber !== undefined) pairs.push({ key: registerNumberKey, value: registerNumber });
  if (unit !== undefined) pairs.push({ key: unitKey, value: unit });
  return pairs;
}

function publishSearchAttributes(engine: ProcedureEngine, published?: PublishedAttributes): void {
  const running = Object.values(engine.state.timers).filter((t) => t.deadlineId).map((t) => Date.parse(t.dueAt));
  const next = running.length > 0 ? Math.min(...running) : null;
  if (published && !published.changed([engine.state.stage ?? null, next])) return;
  upsertSearchAttributes([
    ...(engine.state.stage ? [{ key: stageKey, value: engine.state.stage }] : []),
    { key: nextDeadlineKey, value: next === null ? null : new Date(next) },
  ]);
}
