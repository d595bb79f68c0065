import { progressQuery } from '../workflows/procedure-definitions';
import type { DomainDeps, SessionUser } from './deps';
import { requireVisibleCase } from './case-queries';

export interface CaseProgress {
  procedure: { key: string | null; version: number | null };
  done: string[];
  active: string[];
  /** One entry per call-activity instance (a child workflow), e.g. each detained person. */
  instances: Array<{ workflowId: string; elementId: string; done: string[]; active: string[] }>;
}

/** Element ids done and active in the case's diagram (for bpmn-js markers), asked of the workflows. */
export async function getCaseProgress(deps: DomainDeps, user: SessionUser, caseId: string): Promise<CaseProgress> {
  const kase = await requireVisibleCase(deps, user, caseId);
  const main = await deps.temporal.workflow.getHandle(kase.workflow_id).query(progressQuery);
  const children = await deps.db('tasks').where({ case_id: caseId }).whereLike('workflow_id', `${kase.workflow_id}/%`).distinct('workflow_id');
  const instances = await Promise.all(children.map(async ({ workflow_id: workflowId }: { workflow_id: string }) => {
    const p = await deps.temporal.workflow.getHandle(workflowId).query(progressQuery);
    return { workflowId, elementId: workflowId.slice(kase.workflow_id.length + 1).split('/')[0], ...p };
  }));
  return { procedure: { key: kase.procedure_key ?? null, version: kase.procedure_version ?? null }, ...main, instances };
}
