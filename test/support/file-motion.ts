import type { DomainDeps, SessionUser } from '../../domain/deps';
import { recordTaskAct } from '../../domain/tasks';
import { custodyMotion, eventually } from './fixtures';

/** Files the custody motion of a case's (first) detained suspect, as the API would: facts filled, invariants checked. */
export async function fileCustodyMotion(deps: DomainDeps, officer: SessionUser, caseId: string, filedAt: string): Promise<void> {
  const task = await eventually(
    () => deps.db('tasks').where({ case_id: caseId, record_type: 'measure-motion', status: 'open' }).orderBy('created_at').first(),
    'the measure-motion task',
  );
  try {
    await recordTaskAct(deps, { id: task.id, caseId, workflowId: task.workflow_id, recordType: 'measure-motion', personId: task.person_id }, officer, custodyMotion(filedAt));
  } catch (e) {
    throw new Error(`the motion was refused: ${JSON.stringify((e as { errors?: unknown }).errors ?? (e as Error).message)}`, { cause: e });
  }
}
