import type { DomainDeps, SessionUser } from './deps';
import { scopeEscalations } from './case-scope';
import { ConflictError, ForbiddenError, NotFoundError } from './errors';
import { isUuid } from './case-queries';
import { personLabel } from './person-label';
import type { EscalationItem } from './views';


const boardRoles: string[] = ['supervisor', 'admin', 'auditor'];

interface EscalationRow {
  id: string; case_id: string; deadline_id: string | null; severity: EscalationItem['severity']; status: EscalationItem['status'];
  message: string; due_at: Date | null; raised_at: Date; acknowledged_by: string | null; acknowledged_at: Date | null;
  register_number: string; limit_id: string | null; last_name: string | null; first_name: string | null; element_id: string | null;
}

/** The supervisor's board: expired first, then by due instant. */
export async function listEscalations(
  deps: DomainDeps, user: SessionUser, filter: { status?: 'open' | 'acknowledged'; id?: string } = {},
): Promise<EscalationItem[]> {
  if (!boardRoles.includes(user.role)) throw new ForbiddenError('The escalation board is for supervisors', 'board-supervisors-only');
  const q = scopeEscalations(
    deps.db('escalations as e').join('cases as c', 'c.id', 'e.case_id').leftJoin('deadlines as d', 'd.id', 'e.deadline_id')
      .leftJoin('persons as p', 'p.id', 'd.person_id'),
    user,
  ).select('e.*', 'c.register_number', 'd.limit_id', 'p.last_name', 'p.first_name')
    .orderByRaw(`case e.severity when 'expired' then 0 when 'alert' then 1 else 2 end, e.due_at asc nulls last, e.raised_at asc`);
  if (filter.status) q.where('e.status', filter.status);
  if (filter.id) q.where('e.id', filter.id);
  const rows: EscalationRow[] = await q.limit(500);
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, deadlineId: r.deadline_id, limitId: r.limit_id,
    severity: r.severity, personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
    dueAt: r.due_at ? r.due_at.toISOString() : null, elementId: r.element_id, raisedAt: r.raised_at.toISOString(), status: r.status, message: r.message,
    acknowledgedBy: r.acknowledged_by, acknowledgedAt: r.acknowledged_at ? r.acknowledged_at.toISOString() : null,
  }));
}

/** A supervisor acknowledges an escalation they can see; acknowledging twice is a conflict. */
export async function acknowledgeEscalation(deps: DomainDeps, user: SessionUser, id: string): Promise<EscalationItem> {
  if (!isUuid(id)) throw new NotFoundError('No such escalation', 'not-found');
  if (user.role !== 'supervisor' && user.role !== 'admin') throw new ForbiddenError('Only supervisors acknowledge escalations', 'supervisors-only');
  const [visible] = await listEscalations(deps, user, { id });
  if (!visible) throw new NotFoundError('No such escalation', 'not-found');
  const updated = await deps.db('escalations').where({ id, status: 'open' })
    .update({ status: 'acknowledged', acknowledged_by: user.id, acknowledged_at: deps.clock() });
  if (updated === 0) throw new ConflictError('The escalation is already acknowledged', 'already-acknowledged');
  const [after] = await listEscalations(deps, user, { id });
  return after;
}
