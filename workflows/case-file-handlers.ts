import { capabilitiesOf } from '../org/roles';
import { ApplicationFailure, condition, patched, setHandler } from '@temporalio/workflow';
import type { CaseFacts } from '../casefile/case-facts';
import type { ActorFacts } from '../casefile/act-input';
import { checkAct } from '../casefile/check-act';
import { withAct } from '../casefile/fold-act';
import { localActs } from './activities-proxy';
import { addParticipantUpdate, amendmentRecordedSignal, correctRecordUpdate, failureTypes, orderReleaseUpdate } from './definitions';
import type { ProcedureEngine } from './engine/procedure-engine';
import type { ProcedureWorkflowInput } from './procedure-definitions';
import { asRecordFailure, caseInvariantFailure } from './record-failure';

/** Workflow patch: an act on the case file waits until the registration is on record (CPC KR 145(1)). */
const REGISTRATION_FIRST = 'registration-first';

/** Instants up to this far ahead are accepted when the input names no skew (cases started before it did). */
const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000;

/** What the case-file handlers share with the workflow that runs them. */
export interface CaseFileContext {
  input: ProcedureWorkflowInput;
  workflowId: string;
  engine: ProcedureEngine;
  /** The case file the invariants read; it grows by every act this workflow records. */
  file: { facts: CaseFacts | null };
  wake: { changed: boolean };
  /** Whether the case's first record (the registration) is written; a continued run starts with it. */
  registration: { recorded: boolean };
  /** Busy while a step may still be undone (procedure-workflow.ts StepTurn): a change of the engine waits for it. */
  turn: { busy: boolean };
}

/** Runs a change of the engine now, or once the step in progress is settled (it may put the engine back). */
export function whenSettled(turn: { busy: boolean }, change: () => void): void | Promise<void> {
  if (!turn.busy) return change();
  return condition(() => !turn.busy).then(change);
}

/**
 * The case invariants (casefile/check-act.ts) on the case file this workflow carries: the same
 * check the API ran before sending the update. Cases started before the case file existed carry
 * none: their acts are checked by the API only.
 */
export function assertCaseInvariants(
  file: CaseFileContext['file'], input: ProcedureWorkflowInput, act: { recordType: string; data: Record<string, unknown>; taskPersonId: string | null; actor?: ActorFacts | null },
): void {
  if (!file.facts) return;
  const refusals = checkAct({ ...act, facts: file.facts, now: Date.now(), clockSkewMs: input.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS });
  if (refusals.length > 0) throw caseInvariantFailure(refusals);
}

/** The acts on the case file itself: a correction (an amendment record), a participant joining, an amendment recorded elsewhere. */
export function setCaseFileHandlers({ input, workflowId, engine, file, wake, registration, turn }: CaseFileContext): void {
  /**
   * CPC KR 145(1), 147: the report is entered in the register before any other act of the case.
   * An update may arrive while the registration activity still runs (the API answers the
   * registration once the workflow is started); its act is recorded after it, not ahead of it.
   * Cases whose updates ran before this wait replay without it.
   */
  const afterRegistration = async () => {
    if (!registration.recorded && patched(REGISTRATION_FIRST)) await condition(() => registration.recorded);
  };
  /** A recorded amendment joins the case file; a corrected moment of detention re-arms the clocks it anchors. */
  const applyAmendment = (seq: number, data: Record<string, unknown>, by: string) => {
    if (file.facts) file.facts = withAct(file.facts, { seq, recordType: 'amendment', data });
    if (data.fact === 'person.detainedAt' && typeof data.personId === 'string' && typeof data.newValue === 'string') {
      // CPC 137(2)(5): the clocks run from the corrected minute, at once; the supervisors see it.
      const what = `the moment of detention was corrected by ${by} from ${String(data.oldValue)} to ${data.newValue} (record #${seq}); the limits running from it were re-armed`;
      engine.correctDetentionMoment(data.personId, data.newValue, what);
      wake.changed = true;
    }
  };
  setHandler(amendmentRecordedSignal, ({ seq, data }) => whenSettled(turn, () => applyAmendment(seq, data, 'another instance of the case')));
  setHandler(
    correctRecordUpdate,
    async ({ correctionId, data, actor }) => {
      await afterRegistration();
      const result = await localActs.recordStep({
        caseId: input.caseId, workflowId, stepKey: `amendment/${correctionId}`, recordType: 'amendment', data, actor, taskId: null,
      }).catch((e: unknown) => {
        throw asRecordFailure(e);
      });
      // No await when nothing is in progress: the update completes in the same turn as before.
      const settled = whenSettled(turn, () => applyAmendment(result.seq, data, actor.username));
      if (settled) await settled;
      return result;
    },
    {
      validator: ({ data, actor }) => {
        if (data.fact === 'person.detainedAt' && !capabilitiesOf(actor.role).correctClock) {
          throw ApplicationFailure.nonRetryable('the moment of detention is corrected by a supervisor only', failureTypes.correctionNotAllowed);
        }
      },
    },
  );

  setHandler(
    orderReleaseUpdate,
    async ({ orderId, data, actor }) => {
      await afterRegistration();
      const result = await localActs.recordStep({
        caseId: input.caseId, workflowId, stepKey: `release-order/${orderId}`, recordType: 'release-order', data, actor, taskId: null,
      }).catch((e: unknown) => {
        throw asRecordFailure(e);
      });
      if (file.facts) file.facts = withAct(file.facts, { seq: result.seq, recordType: 'release-order', data });
      return result;
    },
    {
      validator: ({ data, actor }) => {
        if (!capabilitiesOf(actor.role).supervise) {
          throw ApplicationFailure.nonRetryable('a release is ordered by the supervising prosecutor or the head of unit', failureTypes.orderNotAllowed);
        }
        assertCaseInvariants(file, input, { recordType: 'release-order', data, taskPersonId: null, actor });
      },
    },
  );

  setHandler(
    addParticipantUpdate,
    async ({ data, identity, actor }) => {
      await afterRegistration();
      const result = await localActs.recordStep({
        caseId: input.caseId, workflowId, stepKey: `participant/${String(data.personId)}`, recordType: 'participant-added', data, actor, taskId: null, identity,
      }).catch((e: unknown) => {
        throw asRecordFailure(e);
      });
      if (file.facts) file.facts = withAct(file.facts, { seq: result.seq, recordType: 'participant-added', data });
      return result;
    },
    { validator: ({ data }) => assertCaseInvariants(file, input, { recordType: 'participant-added', data, taskPersonId: null }) },
  );
}
