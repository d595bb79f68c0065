import { defineSignal, defineUpdate } from '@temporalio/workflow';
import type { RecordStepResult } from '../activities/types';

/** Who performs an act, as the API authenticated them. */
export interface Actor {
  userId: string;
  username: string;
  role: string;
  unitId: string;
  /** Prosecutors: the rung of the extension ladder they decide on (org/ladder-authority.ts); absent before the institutions. */
  ladderAuthority?: string | null;
}

export interface CompleteTaskInput {
  taskId: string;
  data: Record<string, unknown>;
  actor: Actor;
}

/** Failure types the API maps to HTTP statuses. */
export const failureTypes = {
  taskNotFound: 'TaskNotFound',
  taskNotOpen: 'TaskNotOpen',
  roleNotAllowed: 'RoleNotAllowed',
  recordInvalid: 'RecordValidationError',
  /** The act grants an extension the law does not allow (past the cap, too long, wrong authority). */
  extensionRefused: 'ExtensionRefused',
  /** The act contradicts the case file (casefile/check-act.ts); details[0] holds the refusals. */
  caseInvariant: 'CaseInvariantRefused',
  /** PostgreSQL refuses the data whatever the number of tries (a data or integrity error): not retried. */
  recordUnstorable: 'RecordUnstorable',
  /** The record could not be confirmed in time (the database unreachable); the task is open again. */
  recordNotConfirmed: 'RecordNotConfirmed',
  /** A correction of a fact that anchors a liberty clock by someone not supervising (CPC 38(2)(3), 35). */
  correctionNotAllowed: 'CorrectionNotAllowed',
  /** A release ordered by someone who does not supervise the case (CPC 12(2), 35(1), 38(2)). */
  orderNotAllowed: 'OrderNotAllowed',
} as const;


export interface CorrectRecordInput {
  /** Chosen by the API per request: the amendment's idempotency key within the workflow. */
  correctionId: string;
  /** The amendment record's data (law/schemas/amendment.schema.json), checked by the API. */
  data: Record<string, unknown>;
  actor: Actor;
}

/** A case officer completes a procedural task; the workflow records it (validated) and moves on. */
export const completeTaskUpdate = defineUpdate<RecordStepResult, [CompleteTaskInput]>('completeTask');

/** A record is corrected by an amendment appended to the chain; a corrected moment of detention re-arms its clocks. */
export const correctRecordUpdate = defineUpdate<RecordStepResult, [CorrectRecordInput]>('correctRecord');

export interface AddParticipantInput {
  /** The participant-added record (law/schemas/participant-added.schema.json), checked by the API. */
  data: Record<string, unknown>;
  /** The name, for the persons row only (not in the record). */
  identity: { lastName: string; firstName: string };
  actor: Actor;
}

/** A person joins a running case (a victim, a child's representative, a lawyer, a further suspect): a recorded act. */
export const addParticipantUpdate = defineUpdate<RecordStepResult, [AddParticipantInput]>('addParticipant');

export interface OrderReleaseInput {
  /** Chosen by the API per request: the order's idempotency key within the workflow. */
  orderId: string;
  /** The release-order record (law/schemas/release-order.schema.json), checked by the API. */
  data: Record<string, unknown>;
  actor: Actor;
}

/** The supervising prosecutor or head of unit orders a detainee's release (CPC 12(2), 35(1)): a recorded act on the workflow holding the release task. */
export const orderReleaseUpdate = defineUpdate<RecordStepResult, [OrderReleaseInput]>('orderRelease');

/**
 * An amendment recorded by another workflow of the case: each workflow's case file follows it (a
 * corrected sex or date of birth is filled in the same everywhere). Idempotent by the record's seq.
 */
export const amendmentRecordedSignal = defineSignal<[{ seq: number; data: Record<string, unknown> }]>('amendmentRecorded');
