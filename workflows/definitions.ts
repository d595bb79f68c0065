import { defineQuery, defineUpdate } from '@temporalio/workflow';
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

export interface TaskView {
  id: string;
  recordType: string;
  role: string;
  personId: string | null;
  dueAt: string | null;
  status: 'open' | 'completing' | 'completed' | 'cancelled';
}

export interface DeadlineView {
  id: string;
  limitId: string;
  personId: string | null;
  dueAt: string;
  status: 'running' | 'met' | 'expired';
}

export interface CaseStateView {
  stage: string;
  tasks: TaskView[];
  deadlines: DeadlineView[];
}

/** Failure types the API maps to HTTP statuses. */
export const failureTypes = {
  taskNotFound: 'TaskNotFound',
  taskNotOpen: 'TaskNotOpen',
  roleNotAllowed: 'RoleNotAllowed',
  recordInvalid: 'RecordValidationError',
} as const;

/** A case officer completes a procedural task; the workflow records it (validated) and moves on. */
export const completeTaskUpdate = defineUpdate<RecordStepResult, [CompleteTaskInput]>('completeTask');
/** Open tasks, running deadlines and stage, straight from the workflow. */
export const caseStateQuery = defineQuery<CaseStateView>('caseState');
