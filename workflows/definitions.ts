import { defineUpdate } from '@temporalio/workflow';
import type { RecordStepResult } from '../activities/types';

/** Who performs an act, as the API authenticated them. */
export interface Actor {
  userId: string;
  username: string;
  role: string;
  unitId: string;
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
} as const;

/** A case officer completes a procedural task; the workflow records it (validated) and moves on. */
export const completeTaskUpdate = defineUpdate<RecordStepResult, [CompleteTaskInput]>('completeTask');
