import type { ProjectionWrite } from '../activities/types';
import type { EngineEffect } from './engine/effects';

/**
 * The projection write an engine effect stands for (tasks, deadlines, escalations, the case's
 * stage), or null when the effect is something else (a child to start, an automatic act) or
 * writes nothing (the stage of a called instance: the case's stage is its main procedure's).
 */
export function projectionWrite(
  e: EngineEffect, ctx: { caseId: string; workflowId: string; isChild: boolean; now: string },
): ProjectionWrite | null | 'none' {
  switch (e.kind) {
    case 'openTask':
      return {
        kind: 'openTask',
        input: {
          id: e.taskId, caseId: ctx.caseId, workflowId: ctx.workflowId, recordType: e.recordType, role: e.role, personId: e.personId,
          dueAt: e.dueAt, createdAt: ctx.now, elementId: e.elementId,
        },
      };
    case 'cancelTask':
      return { kind: 'cancelTask', input: { id: e.taskId, at: ctx.now } };
    case 'openDeadline':
      return {
        kind: 'openDeadline',
        input: {
          id: e.deadlineId, caseId: ctx.caseId, personId: e.personId, limitId: e.limitId, basis: e.basis,
          anchorAt: e.anchorAt, dueAt: e.dueAt, warnAt: e.warnAt,
        },
      };
    case 'moveDeadline':
      return { kind: 'moveDeadline', input: { id: e.deadlineId, dueAt: e.dueAt, warnAt: e.warnAt, ...(e.anchorAt ? { anchorAt: e.anchorAt } : {}) } };
    case 'closeDeadline':
      return { kind: 'closeDeadline', input: { id: e.deadlineId, status: e.status, at: ctx.now } };
    case 'escalate':
      return {
        kind: 'raiseEscalation',
        input: {
          id: e.escalationId, caseId: ctx.caseId, deadlineId: e.deadlineId, severity: e.severity, message: e.message,
          dueAt: e.dueAt, raisedAt: ctx.now, elementId: e.elementId,
        },
      };
    case 'setStage':
      return ctx.isChild ? 'none' : { kind: 'setCaseStage', input: { caseId: ctx.caseId, stage: e.stage } };
    default:
      return null;
  }
}
