import type { DomainDeps, SessionUser } from './deps';
import { openPersonRows } from '../privacy/person-columns';
import { actingUnitIds, caseVisible, scopeUnits, seesCaseFile } from './case-scope';
import { personLabel } from './person-label';
import { logListAccess } from './access-log';
import { LIBERTY } from '../bpmn/lint/liberty-record';
import { capabilitiesOf } from '../org/roles';
import type { TaskItem, TaskList } from './views';
import { LIST_MAX, pageOf } from './list-page';

export type { TaskItem };

/** A task row joined with its case's register number, its person's name and its performing unit. */
interface TaskRow {
  id: string; case_id: string; workflow_id: string; record_type: string; role: string; status: TaskItem['status'];
  person_id: string | null; due_at: Date | null; created_at: Date; claimed_by: string | null; completed_at: Date | null;
  register_number: string; last_name: string | null; first_name: string | null; claimed_by_name: string | null;
  unit_id: string | null; unit_name: string | null; case_visible: boolean; overdue_liberty: boolean; release_ordered_at: Date | null;
}

export interface TaskFilter {
  caseId?: string;
  taskId?: string;
  status?: 'open' | 'completed' | 'cancelled';
  /** How many to read (the most urgent first); LIST_MAX unless asked. */
  limit?: number;
}

/**
 * The tasks a user may see: those of the cases they may see, and for a role that reads no case
 * file (the facility) those it performs in its institution (the release task). Most urgent first:
 * acts about liberty past their due instant, then by due instant.
 */
export async function listTasks(deps: DomainDeps, user: SessionUser, filter: TaskFilter = {}): Promise<TaskItem[]> {
  const [acting, units] = await Promise.all([actingUnitIds(deps.db, user), scopeUnits(deps.db, user)]);
  const now = deps.clock();
  // Correlated on the task's own case (its primary key), not the set of every visible case.
  const caseOfTaskVisible = deps.db('cases as c').select(deps.db.raw('1')).whereRaw('c.id = t.case_id').where(caseVisible(user, units));
  const q = deps.db('tasks as t').join('cases as c', 'c.id', 't.case_id').leftJoin('persons as p', 'p.id', 't.person_id')
    .leftJoin('users as cu', 'cu.id', 't.claimed_by').leftJoin('units as pu', 'pu.id', 't.unit_id')
    .leftJoin('records as ro', 'ro.id', 't.release_order_record_id')
    .where((w) => (seesCaseFile(user) ? w.where(caseVisible(user, units)) : w.where('t.role', user.role).whereIn('t.unit_id', acting)))
    .select('t.*', 'c.register_number', 'p.last_name', 'p.first_name', 'cu.full_name as claimed_by_name', 'pu.name as unit_name', 'ro.recorded_at as release_ordered_at')
    .select(deps.db.raw('exists (?) as case_visible', [caseOfTaskVisible]))
    .select(deps.db.raw(`(t.status = 'open' and t.due_at <= ? and t.record_type ~ ?) as overdue_liberty`, [now, LIBERTY.source]))
    .orderByRaw(`case when t.status = 'open' and t.due_at <= ? and t.record_type ~ ? then 0 else 1 end, t.due_at asc nulls last, t.created_at asc`, [now, LIBERTY.source]);
  if (filter.caseId) q.where('t.case_id', filter.caseId);
  if (filter.taskId) q.where('t.id', filter.taskId);
  if (filter.status) q.where('t.status', filter.status);
  const rows: TaskRow[] = await openPersonRows(deps.db, await q.limit(filter.limit ?? LIST_MAX));
  return rows.map((r) => {
    const canAct = r.role === user.role && r.unit_id !== null && acting.includes(r.unit_id);
    return {
      id: r.id, caseId: r.case_id, registerNumber: r.register_number, workflowId: r.workflow_id, recordType: r.record_type,
      role: r.role, status: r.status, personId: r.person_id,
      personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
      dueAt: r.due_at ? r.due_at.toISOString() : null, createdAt: r.created_at.toISOString(), claimedBy: r.claimed_by, claimedByName: r.claimed_by_name,
      completedAt: r.completed_at ? r.completed_at.toISOString() : null,
      unitId: r.unit_id, unitName: r.unit_name, canAct, caseVisible: r.case_visible,
      canAssign: r.status === 'open' && (r.claimed_by === user.id || (canAct && r.claimed_by === null) || supervisesTask(user, r)),
      overdueLiberty: r.overdue_liberty,
      releaseOrderedAt: r.release_ordered_at ? r.release_ordered_at.toISOString() : null,
    };
  });
}

/**
 * Whether a user may give a task to someone else though they do not hold it: the head of the unit
 * over an investigator's task (CPC KR 38(2)), the supervising prosecutor over an investigator's or
 * a prosecutor's task of a case they supervise (CPC KR 35(1): the prosecutor may hand the case to
 * another investigator).
 */
function supervisesTask(user: SessionUser, r: TaskRow): boolean {
  if (!capabilitiesOf(user.role).supervise || !r.case_visible) return false;
  return r.role === 'investigator' || (user.role === 'prosecutor' && r.role === 'prosecutor');
}

/** The inbox: the open tasks the user may see; the persons it names are written to the access log. */
export async function inboxTasks(deps: DomainDeps, user: SessionUser, size = LIST_MAX): Promise<TaskList> {
  // One more than asked: whether there are more open tasks than shown is said, not left silent.
  const page = pageOf(await listTasks(deps, user, { status: 'open', limit: size + 1 }), size);
  await logListAccess(deps.db, user, 'list-tasks', page.items);
  return page;
}

