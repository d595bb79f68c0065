import type { DomainDeps, SessionUser } from './deps';
import { openPersonRows } from '../privacy/person-columns';
import { openColumns } from '../privacy/data-keys';
import { scopeEscalations, scopeUnits } from './case-scope';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { isUuid } from './case-queries';
import { personLabel } from './person-label';
import { logListAccess } from './access-log';
import { LIBERTY } from '../bpmn/lint/liberty-record';
import { capabilitiesOf } from '../org/roles';
import type { EscalationItem } from './views';

interface EscalationRow {
  id: string; case_id: string; deadline_id: string | null; severity: EscalationItem['severity']; status: EscalationItem['status'];
  message: string; due_at: Date | null; raised_at: Date; acknowledged_by: string | null; acknowledged_at: Date | null; ack_comment: string | null;
  register_number: string; limit_id: string | null; person_id: string | null; last_name: string | null; first_name: string | null; element_id: string | null;
  unit_id: string; unit_name: string; target_unit_id: string | null; target_unit_name: string | null; level: number;
}

export interface EscalationFilter {
  id?: string;
  status?: 'open' | 'acknowledged';
  severity?: EscalationItem['severity'];
  limitId?: string;
  unitId?: string;
}

/** Reads the board's filters from a query string; anything else is a 400 naming the parameter. */
export function escalationFilter(query: Record<string, unknown>): EscalationFilter {
  const out: EscalationFilter = {};
  const bad = (name: string, allowed: string) => new InputError(`Unknown value of ${name}`, [{ path: `/${name}`, message: `must be ${allowed}`, code: 'enum', params: { allowed } }], 400);
  const { status, severity, limit, unit } = query;
  if (status !== undefined) {
    if (status !== 'open' && status !== 'acknowledged') throw bad('status', 'open, acknowledged');
    out.status = status;
  }
  if (severity !== undefined) {
    if (severity !== 'warning' && severity !== 'expired' && severity !== 'alert') throw bad('severity', 'warning, expired, alert');
    out.severity = severity;
  }
  if (limit !== undefined) {
    if (typeof limit !== 'string' || !/^[a-z0-9.-]{1,80}$/.test(limit)) throw bad('limit', 'a rulebook limit id');
    out.limitId = limit;
  }
  if (unit !== undefined) {
    if (typeof unit !== 'string' || !isUuid(unit)) throw bad('unit', 'a unit id');
    out.unitId = unit;
  }
  return out;
}

/**
 * The board of the head of unit and the supervising prosecutors: expired liberty limits first,
 * then other expired limits, alerts, warnings, each by due instant.
 */
export async function listEscalations(deps: DomainDeps, user: SessionUser, filter: EscalationFilter = {}): Promise<EscalationItem[]> {
  if (!capabilitiesOf(user.role).board) throw new ForbiddenError('The escalation board is for heads of unit and supervising prosecutors', 'board-supervisors-only');
  if (filter.id !== undefined && !isUuid(filter.id)) return []; // an id from a URL that is no id: no such escalation (404 for every route)
  const units = await scopeUnits(deps.db, user);
  const q = scopeEscalations(
    deps.db('escalations as e').join('cases as c', 'c.id', 'e.case_id').join('units as cu', 'cu.id', 'c.unit_id')
      .leftJoin('units as tu', 'tu.id', 'e.target_unit_id').leftJoin('deadlines as d', 'd.id', 'e.deadline_id')
      .leftJoin('persons as p', 'p.id', 'd.person_id'),
    user, units,
  ).select('e.*', 'c.register_number', 'c.unit_id', 'cu.name as unit_name', 'tu.name as target_unit_name', 'd.limit_id', 'd.person_id', 'p.last_name', 'p.first_name')
    .orderByRaw(`case when e.severity = 'expired' and d.limit_id ~ ? then 0 when e.severity = 'expired' then 1 when e.severity = 'alert' then 2 else 3 end, e.due_at asc nulls last, e.raised_at asc`, [LIBERTY.source]);
  if (filter.status) q.where('e.status', filter.status);
  if (filter.id) q.where('e.id', filter.id);
  if (filter.severity) q.where('e.severity', filter.severity);
  if (filter.limitId) q.where('d.limit_id', filter.limitId);
  if (filter.unitId) q.where('c.unit_id', filter.unitId);
  const rows: EscalationRow[] = await openColumns(deps.db, await openPersonRows(deps.db, await q.limit(500)), ['message']);
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, deadlineId: r.deadline_id, limitId: r.limit_id,
    severity: r.severity, personId: r.person_id, personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
    dueAt: r.due_at ? r.due_at.toISOString() : null, elementId: r.element_id, raisedAt: r.raised_at.toISOString(), status: r.status, message: r.message,
    acknowledgedBy: r.acknowledged_by, acknowledgedAt: r.acknowledged_at ? r.acknowledged_at.toISOString() : null, ackComment: r.ack_comment,
    unitId: r.unit_id, unitName: r.unit_name, targetUnitId: r.target_unit_id, targetUnitName: r.target_unit_name, level: r.level,
    forMe: user.role === 'prosecutor' ? r.target_unit_id === user.unitId : true,
  }));
}

/** A head of unit or supervising prosecutor acknowledges an escalation they can see, with an optional comment. */
export async function acknowledgeEscalation(deps: DomainDeps, user: SessionUser, id: string, body: unknown = {}): Promise<EscalationItem> {
  const [visible] = await listEscalations(deps, user, { id });
  if (!visible) throw new NotFoundError('No such escalation', 'not-found');
  const comment = (body as { comment?: unknown } | null)?.comment;
  if (comment !== undefined && (typeof comment !== 'string' || comment.length > 2000)) {
    throw new InputError('The comment must be text of at most 2000 characters', [{ path: '/comment', message: 'must be text of at most 2000 characters', code: 'maxLength', params: { limit: 2000 } }], 400);
  }
  const updated = await deps.db('escalations').where({ id, status: 'open' })
    .update({ status: 'acknowledged', acknowledged_by: user.id, acknowledged_at: deps.clock(), ack_comment: typeof comment === 'string' && comment.trim() ? comment.trim() : null });
  if (updated === 0) throw new ConflictError('The escalation is already acknowledged', 'already-acknowledged');
  const [after] = await listEscalations(deps, user, { id });
  return after;
}

/** The board as its user sees it; the persons it names are written to the access log. */
export async function escalationBoard(deps: DomainDeps, user: SessionUser, filter: EscalationFilter): Promise<EscalationItem[]> {
  const items = await listEscalations(deps, user, filter);
  await logListAccess(deps.db, user, 'list-escalations', items);
  return items;
}
