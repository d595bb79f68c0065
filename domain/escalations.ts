import type { DomainDeps, SessionUser } from './deps';
import { openPersonRows } from '../privacy/person-columns';
import { openColumns } from '../privacy/data-keys';
import { scopeEscalations, scopeUnits } from './case-scope';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { isUuid } from './case-queries';
import { personLabel } from './person-label';
import { logListAccess } from './access-log';
import type { Knex } from 'knex';
import { capabilitiesOf } from '../org/roles';
import type { BoardList, EscalationItem } from './views';
import { LIST_PAGE, pageOf, pageSizeOf } from './list-page';

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
  /** How many escalations to show (LIST_PAGE unless asked, at most LIST_MAX: domain/list-page.ts). */
  size?: number;
}

/** Reads the board's filters from a query string; anything else is a 400 naming the parameter. */
export function escalationFilter(query: Record<string, unknown>): EscalationFilter {
  const out: EscalationFilter = {};
  const bad = (name: string, allowed: string) => new InputError(`Unknown value of ${name}`, [{ path: `/${name}`, message: `must be ${allowed}`, code: 'enum', params: { allowed } }], 400);
  const { status, severity, limit, unit, size } = query;
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
  const pageSize = pageSizeOf(size);
  if (pageSize !== undefined) out.size = pageSize;
  return out;
}

/** The board's order, as escalations_unit_board_idx holds it (migration 013). */
const BOARD_ORDER = 'status desc, board_rank, due_at asc nulls last, raised_at, id';

/**
 * The board of the head of unit and the supervising prosecutors: open escalations before
 * acknowledged ones, and in each expired liberty limits first, then other expired limits, alerts,
 * warnings (domain/board-rank.ts), each by due instant and raising.
 */
export async function listEscalations(deps: DomainDeps, user: SessionUser, filter: EscalationFilter = {}): Promise<EscalationItem[]> {
  return (await readBoard(deps, user, filter)).items;
}

/** The board's first `size` escalations in its order, and whether more match the filter. */
async function readBoard(deps: DomainDeps, user: SessionUser, filter: EscalationFilter): Promise<BoardList> {
  if (!capabilitiesOf(user.role).board) throw new ForbiddenError('The escalation board is for heads of unit and supervising prosecutors', 'board-supervisors-only');
  if (filter.id !== undefined && !isUuid(filter.id)) return { items: [], more: false }; // an id from a URL that is no id: no such escalation (404 for every route)
  const units = (await scopeUnits(deps.db, user)) ?? [];
  const size = filter.size ?? LIST_PAGE;
  const { items: ids, more } = pageOf(await boardPage(deps.db, filter.unitId ? units.filter((u) => u === filter.unitId) : units, filter, size + 1), size);
  if (ids.length === 0) return { items: [], more: false };
  const q = scopeEscalations(
    deps.db('escalations as e').join('cases as c', 'c.id', 'e.case_id').join('units as cu', 'cu.id', 'c.unit_id')
      .leftJoin('units as tu', 'tu.id', 'e.target_unit_id').leftJoin('deadlines as d', 'd.id', 'e.deadline_id')
      .leftJoin('persons as p', 'p.id', 'd.person_id'),
    user, units,
  ).select('e.*', 'c.register_number', 'c.unit_id', 'cu.name as unit_name', 'tu.name as target_unit_name', 'd.limit_id', 'd.person_id', 'p.last_name', 'p.first_name')
    .whereIn('e.id', ids);
  const order = new Map(ids.map((id, i) => [id, i]));
  const found: EscalationRow[] = (await q).sort((a: EscalationRow, b: EscalationRow) => order.get(a.id)! - order.get(b.id)!);
  const rows: EscalationRow[] = await openColumns(deps.db, await openPersonRows(deps.db, found), ['message']);
  const items = rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, deadlineId: r.deadline_id, limitId: r.limit_id,
    severity: r.severity, personId: r.person_id, personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
    dueAt: r.due_at ? r.due_at.toISOString() : null, elementId: r.element_id, raisedAt: r.raised_at.toISOString(), status: r.status, message: r.message,
    acknowledgedBy: r.acknowledged_by, acknowledgedAt: r.acknowledged_at ? r.acknowledged_at.toISOString() : null, ackComment: r.ack_comment,
    unitId: r.unit_id, unitName: r.unit_name, targetUnitId: r.target_unit_id, targetUnitName: r.target_unit_name, level: r.level,
    forMe: user.role === 'prosecutor' ? r.target_unit_id === user.unitId : true,
  }));
  return { items, more };
}

/**
 * The ids of the board's first `count` escalations in its order: one range of the
 * escalations_unit_board_idx index per unit (migration 013), merged by PostgreSQL (a Merge Append
 * of the UNION ALL) and stopped at the limit, so the board reads the rows it shows, not every
 * escalation its units ever had. An escalation's unit is its case's (db/work-repo.ts).
 */
async function boardPage(db: Knex, units: readonly string[], filter: EscalationFilter, count: number): Promise<string[]> {
  if (units.length === 0) return [];
  const branch = (unitId: string) => {
    const b = db('escalations as e').select('e.id', 'e.status', 'e.board_rank', 'e.due_at', 'e.raised_at').where('e.unit_id', unitId);
    if (filter.status) b.where('e.status', filter.status);
    if (filter.id) b.where('e.id', filter.id);
    if (filter.severity) b.where('e.severity', filter.severity);
    if (filter.limitId) b.whereIn('e.deadline_id', db('deadlines').select('id').where('limit_id', filter.limitId));
    // Each range ordered and cut itself: PostgreSQL merges ordered subqueries, not a bare UNION ALL's.
    return b.orderByRaw(BOARD_ORDER.replace(/(^|, )/g, '$1e.')).limit(count);
  };
  const union = units.map(() => '?').join(' union all ');
  const res = await db.raw(`select id from (${union}) b order by ${BOARD_ORDER} limit ?`, [...units.map(branch), count]);
  return res.rows.map((r: { id: string }) => r.id);
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
export async function escalationBoard(deps: DomainDeps, user: SessionUser, filter: EscalationFilter): Promise<BoardList> {
  const board = await readBoard(deps, user, filter);
  await logListAccess(deps.db, user, 'list-escalations', board.items);
  return board;
}
