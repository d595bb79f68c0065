import type { Actor } from '../workflows/definitions';

/** A procedural act to record. `stepKey` is unique within the workflow (task id, or a fixed step name). */
export interface RecordStepInput {
  caseId: string;
  workflowId: string;
  stepKey: string;
  recordType: string;
  data: Record<string, unknown>;
  actor: Actor;
  /** The task this record completes, closed in the same transaction. */
  taskId: string | null;
  /** A participant's name, for the persons row only: identifying data stays out of the chain. */
  identity?: { lastName: string; firstName: string };
  /**
   * The case's statistics facts are recomputed by the projection writes that follow in the same
   * workflow task (`applyProjections` with `statisticsOf`), not here: once per step, not twice.
   */
  statisticsFollow?: boolean;
  /**
   * The projection writes of the step this act makes (the next tasks, the deadlines it closes and
   * arms), written in the act's transaction: an act and what follows from it commit together, in
   * one local activity (workflow patch `one-step-transaction`). The statistics are recomputed
   * after them, once.
   */
  projections?: ProjectionWrite[];
}

/** What else the projection writes of a step do. */
export interface ProjectionOptions {
  /** Recompute this case's statistics facts in the same transaction (the step's record deferred them). */
  statisticsOf?: string;
}

export interface RecordStepResult {
  recordId: string;
  seq: number;
  hash: string;
}

export interface OpenTaskInput {
  id: string;
  /** BPMN element of the task (diagram view); null for the hand-written workflow. */
  elementId?: string | null;
  caseId: string;
  workflowId: string;
  recordType: string;
  role: string;
  personId: string | null;
  dueAt: string | null;
  createdAt: string;
}

export interface CancelTaskInput {
  id: string;
  at: string;
}

export interface OpenDeadlineInput {
  id: string;
  caseId: string;
  personId: string | null;
  limitId: string;
  basis: string;
  anchorAt: string;
  dueAt: string;
  warnAt: string[];
}

export interface CloseDeadlineInput {
  id: string;
  status: 'met' | 'expired' | 'cancelled';
  at: string;
}

export interface RaiseEscalationInput {
  id: string;
  caseId: string;
  /** The deadline concerned; null for an alert that no limit caused (e.g. a procedure that cannot continue). */
  deadlineId: string | null;
  severity: 'warning' | 'expired' | 'alert';
  message: string;
  dueAt: string | null;
  raisedAt: string;
  elementId?: string | null;
}

export interface MoveDeadlineInput {
  id: string;
  dueAt: string;
  warnAt: string[];
  /** Set when the clock's start itself moved (a corrected moment of detention). */
  anchorAt?: string;
}

export interface ServiceActionInput {
  id: string;
  caseId: string;
  action: string;
  elementId: string;
  at: string;
}

/**
 * One write to the projections the inbox, the case page and the board read (tasks, deadlines,
 * escalations, the case's stage). The workflow sends one engine step's writes in one activity.
 */
export type ProjectionWrite =
  | { kind: 'openTask'; input: OpenTaskInput }
  | { kind: 'cancelTask'; input: CancelTaskInput }
  | { kind: 'openDeadline'; input: OpenDeadlineInput }
  | { kind: 'moveDeadline'; input: MoveDeadlineInput }
  | { kind: 'closeDeadline'; input: CloseDeadlineInput }
  | { kind: 'raiseEscalation'; input: RaiseEscalationInput }
  | { kind: 'setCaseStage'; input: { caseId: string; stage: string } };
