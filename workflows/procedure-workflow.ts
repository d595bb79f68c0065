import {
  allHandlersFinished, ApplicationFailure, CancellationScope, condition, continueAsNew, getExternalWorkflowHandle, isCancellation,
  ParentClosePolicy, setHandler, startChild, upsertSearchAttributes, uuid4, workflowInfo,
} from '@temporalio/workflow';
import type { ProcedureModel } from '../bpmn/procedure-model';
import { acts, localActs } from './activities-proxy';
import { asRecordFailure } from './record-failure';
import { completeTaskUpdate, failureTypes, type Actor } from './definitions';
import type { EngineEffect } from './engine/effects';
import { ProcedureEngine } from './engine/procedure-engine';
import { childFinishedSignal, progressQuery, type ProcedureWorkflowInput } from './procedure-definitions';
import { nextDeadlineKey, stageKey } from './search-attributes';

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
  const wake = { changed: false };

  setHandler(progressQuery, () => engine.progress());
  setHandler(childFinishedSignal, ({ tokenId }) => {
    engine.childDone(tokenId);
    wake.changed = true;
  });
  setHandler(
    completeTaskUpdate,
    async ({ taskId, data, actor }) => {
      const task = engine.task(taskId);
      if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} is not part of this case`, failureTypes.taskNotFound);
      task.status = 'completing';
      try {
        const result = await localActs.recordStep({
          caseId: input.caseId, workflowId, stepKey: taskId, recordType: task.recordType, data, actor, taskId,
        });
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
        // Refused before anything is recorded: an extension past the cap never reaches the register.
        const refusals = engine.previewCompletion(taskId, data);
        if (refusals.length > 0) throw ApplicationFailure.nonRetryable(refusals.join('; '), failureTypes.extensionRefused);
      },
    },
  );

  if (input.firstRecord) {
    // CPC KR 145(1), 147: the report is entered in the register before anything else happens.
    await acts.recordStep({
      caseId: input.caseId, workflowId, stepKey: 'registration', recordType: input.firstRecord.recordType,
      data: input.firstRecord.data, actor: input.actor, taskId: null,
    });
  }

  try {
    await followProcedure(engine, input, wake);
  } catch (e) {
    if (!isCancellation(e)) throw e;
    // Cancelled from outside (its call activity was interrupted): withdraw its tasks, close its deadlines.
    await CancellationScope.nonCancellable(() => carryOut(engine.cancelAll(), input, engine));
    throw e;
  }
  await condition(allHandlersFinished);
  if (input.parent) {
    await getExternalWorkflowHandle(input.parent.workflowId).signal(childFinishedSignal, { tokenId: input.parent.tokenId });
  }
}

/** Advances the engine, carries out its effects, and sleeps until a timer falls due or something changes. */
async function followProcedure(engine: ProcedureEngine, input: ProcedureWorkflowInput, wake: { changed: boolean }): Promise<void> {
  for (let wakeUps = 0; ; wakeUps++) {
    // Reset before advancing: an update or signal arriving while the effects run must wake the next wait.
    wake.changed = false;
    const effects = engine.advance(Date.now());
    await carryOut(effects, input, engine);
    publishSearchAttributes(engine);
    if (engine.state.finished) return;
    if (workflowInfo().continueAsNewSuggested || (input.continueAsNewEvery !== null && wakeUps >= input.continueAsNewEvery)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof procedureWorkflow>({ ...input, firstRecord: null, state: engine.state });
    }
    const next = engine.nextDueMs();
    const woken = () => wake.changed || engine.hasReadyTokens();
    if (next === null) await condition(woken);
    else if (next > Date.now()) await condition(woken, next - Date.now());
  }
}

function assertCompletable(engine: ProcedureEngine, taskId: string, actor: Actor): void {
  const task = engine.task(taskId);
  if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} is not part of this case`, failureTypes.taskNotFound);
  if (task.status !== 'open') throw ApplicationFailure.nonRetryable(`task ${taskId} is ${task.status}`, failureTypes.taskNotOpen);
  if (actor.role !== task.role && actor.role !== 'admin') {
    throw ApplicationFailure.nonRetryable(`this task is performed by the role ${task.role}, not ${actor.role}`, failureTypes.roleNotAllowed);
  }
}

/** Carries out the engine's effects in order; each activity is idempotent by the ids the engine chose. */
async function carryOut(effects: EngineEffect[], input: ProcedureWorkflowInput, engine: ProcedureEngine): Promise<void> {
  const { workflowId } = workflowInfo();
  const now = () => new Date().toISOString();
  for (const e of effects) {
    switch (e.kind) {
      case 'openTask':
        await acts.openTask({
          id: e.taskId, caseId: input.caseId, workflowId, recordType: e.recordType, role: e.role, personId: e.personId,
          dueAt: e.dueAt, createdAt: now(), elementId: e.elementId,
        });
        break;
      case 'cancelTask':
        await acts.cancelTask({ id: e.taskId, at: now() });
        break;
      case 'openDeadline':
        await acts.openDeadline({
          id: e.deadlineId, caseId: input.caseId, personId: e.personId, limitId: e.limitId, basis: e.basis,
          anchorAt: e.anchorAt, dueAt: e.dueAt, warnAt: e.warnAt,
        });
        break;
      case 'moveDeadline':
        await acts.moveDeadline({ id: e.deadlineId, dueAt: e.dueAt, warnAt: e.warnAt });
        break;
      case 'closeDeadline':
        await acts.closeDeadline({ id: e.deadlineId, status: e.status, at: now() });
        break;
      case 'escalate':
        await acts.raiseEscalation({
          id: e.escalationId, caseId: input.caseId, deadlineId: e.deadlineId, severity: e.severity, message: e.message,
          dueAt: e.dueAt, raisedAt: now(), elementId: e.elementId,
        });
        break;
      case 'runAction':
        await acts.runServiceAction({ id: uuid4(), caseId: input.caseId, action: e.action, elementId: e.elementId, at: now() });
        engine.actionDone(e.tokenId);
        break;
      case 'startChild':
        // Abandoned, not terminated, when this run continues as new: children report back by signal.
        await startChild(procedureWorkflow, {
          workflowId: `${workflowId}/${e.elementId}/${e.index + 1}`,
          parentClosePolicy: ParentClosePolicy.ABANDON,
          args: [{
            ...input, scopeId: e.scopeId, vars: e.vars, firstRecord: null, state: null,
            parent: { workflowId, tokenId: e.tokenId },
          }],
        });
        break;
      case 'cancelChildren':
        for (let i = 1; i <= e.count; i++) {
          try {
            await getExternalWorkflowHandle(`${workflowId}/${e.elementId}/${i}`).cancel();
          } catch {
            // Already finished: nothing to cancel.
          }
        }
        break;
      case 'setStage':
        // The case's stage is its main procedure's; a called instance (one person) has its own status.
        if (!input.parent) await acts.setCaseStage({ caseId: input.caseId, stage: e.stage });
        break;
    }
  }
}

function publishSearchAttributes(engine: ProcedureEngine): void {
  const running = Object.values(engine.state.timers).filter((t) => t.deadlineId).map((t) => Date.parse(t.dueAt));
  upsertSearchAttributes([
    ...(engine.state.stage ? [{ key: stageKey, value: engine.state.stage }] : []),
    { key: nextDeadlineKey, value: running.length > 0 ? new Date(Math.min(...running)) : null },
  ]);
}
