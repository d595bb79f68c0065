import { csvTable } from './csv';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError } from './errors';
import { isUuid } from './case-queries';
import { capabilitiesOf } from '../org/roles';
import type { AccessAlert, AccessItem } from './views';

export type { AccessItem };

export interface AccessFilter { userId?: string; caseId?: string; personId?: string; unitId?: string; from?: Date; to?: Date }

/** The auditor's filters from a query string; anything else is a 400 naming the parameter. */
export function accessFilter(query: Record<string, unknown>): AccessFilter {
  const out: AccessFilter = {};
  const bad = (name: string, what: string) => new InputError(`Bad ${name}`, [{ path: `/${name}`, message: `must be ${what}`, code: 'format', params: { format: what } }], 400);
  for (const [param, key] of [['user', 'userId'], ['case', 'caseId'], ['person', 'personId'], ['unit', 'unitId']] as const) {
    const v = query[param];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !isUuid(v)) throw bad(param, 'a uuid');
    out[key] = v;
  }
  for (const param of ['from', 'to'] as const) {
    const v = query[param];
    if (v === undefined) continue;
    const t = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? new Date(v) : new Date(NaN);
    if (Number.isNaN(t.getTime())) throw bad(param, 'an ISO 8601 date or instant');
    out[param] = t;
  }
  return out;
}

function assertAuditor(user: SessionUser): void {
  if (!capabilitiesOf(user.role).audit) throw new ForbiddenError('The access log is for auditors', 'auditors-only');
}

/** Who read whose data (`access_log`), newest first, at most 5000 rows; auditors only. */
export async function listAccess(deps: DomainDeps, user: SessionUser, filter: AccessFilter): Promise<AccessItem[]> {
  assertAuditor(user);
  const q = deps.db('access_log as a').join('users as u', 'u.id', 'a.user_id').leftJoin('units as n', 'n.id', 'a.unit_id')
    .leftJoin('cases as c', 'c.id', 'a.case_id')
    .select('a.id', 'a.at', 'a.user_id', 'u.username', 'u.full_name', 'u.role', 'a.unit_id', 'n.name as unit_name', 'a.case_id', 'c.register_number', 'a.action', 'a.persons')
    .orderBy('a.id', 'desc').limit(5000);
  if (filter.userId) q.where('a.user_id', filter.userId);
  if (filter.caseId) q.where('a.case_id', filter.caseId);
  if (filter.unitId) q.where('a.unit_id', filter.unitId);
  if (filter.personId) q.whereRaw('? = any(a.persons)', [filter.personId]);
  if (filter.from) q.where('a.at', '>=', filter.from);
  if (filter.to) q.where('a.at', '<', filter.to);
  const rows = await q;
  return rows.map((r) => ({
    id: Number(r.id), at: new Date(r.at).toISOString(), userId: r.user_id, username: r.username, fullName: r.full_name, role: r.role,
    unitId: r.unit_id, unitName: r.unit_name, caseId: r.case_id, registerNumber: r.register_number, action: r.action, persons: r.persons ?? [],
  }));
}

/** The access log as CSV (RFC 4180), for the auditor's export. */
export function accessCsv(items: readonly AccessItem[]): string {
  const header = ['at', 'username', 'full_name', 'role', 'unit', 'register_number', 'action', 'persons'];
  return csvTable(header, items.map((i) => [i.at, i.username, i.fullName, i.role, i.unitName, i.registerNumber, i.action, i.persons]));
}

/**
 * Reads outside a user's normal scope: users who read the data of more than `threshold` distinct
 * persons within one clock hour (config ACCESS_ALERT_PERSONS_PER_HOUR), most first.
 */
export async function accessAlerts(deps: DomainDeps, user: SessionUser, threshold: number): Promise<AccessAlert[]> {
  assertAuditor(user);
  const rows = await deps.db.raw(`
    select a.user_id, u.username, date_trunc('hour', a.at) as hour, count(distinct p) as persons
    from access_log a join users u on u.id = a.user_id cross join lateral unnest(a.persons) as p
    group by a.user_id, u.username, date_trunc('hour', a.at)
    having count(distinct p) > ?
    order by persons desc, hour desc limit 500`, [threshold]);
  return rows.rows.map((r: { user_id: string; username: string; hour: Date; persons: string }) => ({
    userId: r.user_id, username: r.username, hour: new Date(r.hour).toISOString(), persons: Number(r.persons),
  }));
}
