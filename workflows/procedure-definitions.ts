import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { ProcedureModel } from '../bpmn/procedure-model';
import type { CaseFacts } from '../casefile/case-facts';
import type { Actor } from './definitions';
import type { EngineState } from './engine/engine-state';

export interface ProcedureWorkflowInput {
  caseId: string;
  registerNumber: string;
  unitId: string;
  /** The pinned procedure version this case follows. */
  procedure: { key: string; version: number } | null;
  model: ProcedureModel;
  /** The scope this workflow runs: the model's main process, or a called process (child workflows). */
  scopeId: string;
  vars: Record<string, unknown>;
  actor: Actor;
  /** The first record, written before the procedure starts (the registration); null for children and after continue-as-new. */
  firstRecord: { recordType: string; data: Record<string, unknown> } | null;
  /** Set on child workflows: whom to tell when done. */
  parent: { workflowId: string; tokenId: string } | null;
  /** Carried across continue-as-new. */
  state: EngineState | null;
  /**
   * The case file the invariants check each act against (persons, roles, acts on record); a called
   * instance gets its parent's. Absent in cases started before the case file existed: their acts
   * are checked by the API only.
   */
  caseFacts?: CaseFacts | null;
  /** How far in the future a recorded instant may lie (config CLOCK_SKEW_SECONDS). */
  clockSkewMs?: number;
  /** Test hook: continue-as-new after this many wake-ups, besides when Temporal suggests it. */
  continueAsNewEvery: number | null;
}

/** A child procedure (call activity instance) finished. */
export const childFinishedSignal = defineSignal<[{ tokenId: string }]>('childFinished');
/** Element ids done and active, for the diagram view. */
export const progressQuery = defineQuery<{ done: string[]; active: string[] }>('progress');
