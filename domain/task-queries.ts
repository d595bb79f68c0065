import type { DomainDeps, SessionUser } from './deps';
import { scopeCases } from './case-scope';
import { personLabel } from './person-label';
import type { TaskItem } from './views';

export type { TaskItem };


/** A task row joined with its case's register number and its person's name. */
interface TaskRow {
  id: string; case_id: string; workflow_id: string; record_type: string; role: string; status: TaskItem['status'];
  person_id: string | null; due_at: Date | null; created_at: Date; claimed_by: string | null; completed_at: Date | null;
  register_number: string; last_name: string | null; first_name: string | null; claimed_by_name: string | null;
}

export interface TaskFilter {
  caseId?: string;
  taskId?: string;
  status?: 'open' | 'completed' | 'cancelled';
}

/** Tasks of the cases the user may see, most urgent first. */
export async function listTasks(deps: DomainDeps, user: SessionUser, filter: TaskFilter = {}): Promise<TaskItem[]> {
  const q = scopeCases(
    deps.db('tasks as t').join('cases as c', 'c.id', 't.case_id').leftJoin('persons as p', 'p.id', 't.person_id')
      .leftJoin('users as cu', 'cu.id', 't.claimed_by'),
    user,
  ).select('t.*', 'c.register_number', 'p.last_name', 'p.first_name', 'cu.full_name as claimed_by_name')
    .orderByRaw('t.due_at asc nulls last, t.created_at asc');
  if (filter.caseId) q.where('t.case_id', filter.caseId);
  if (filter.taskId) q.where('t.id', filter.taskId);
  if (filter.status) q.where('t.status', filter.status);
  const rows: TaskRow[] = await q.limit(500);
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, workflowId: r.workflow_id, recordType: r.record_type,
    role: r.role, status: r.status, personId: r.person_id,
    personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
    dueAt: r.due_at ? r.due_at.toISOString() : null, createdAt: r.created_at.toISOString(), claimedBy: r.claimed_by, claimedByName: r.claimed_by_name,
    completedAt: r.completed_at ? r.completed_at.toISOString() : null,
  }));
}
