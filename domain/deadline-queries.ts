import type { Knex } from 'knex';
import type { DomainDeps, SessionUser } from './deps';
import { openPersonRows } from '../privacy/person-columns';
import { heldPersonVisible, scopeCases, scopeUnits, seesCaseFile } from './case-scope';
import { LIBERTY } from '../bpmn/lint/liberty-record';
import { personLabel } from './person-label';
import { logListAccess } from './access-log';
import type { DeadlineItem, DeadlineList } from './views';
import { LIST_MAX, LIST_PAGE, pageOf } from './list-page';

export type { DeadlineItem };


interface DeadlineRow {
  id: string; case_id: string; person_id: string | null; limit_id: string; basis: string; anchor_at: Date; due_at: Date;
  warn_at: Date[]; status: DeadlineItem['status']; register_number: string; last_name: string | null; first_name: string | null;
}

/**
 * Deadlines of the cases the user may see (running ones by default), nearest first; a facility
 * officer sees the liberty limits of the persons held in the facility (CPC KR 100), no case file.
 */
export async function listDeadlines(
  deps: DomainDeps, user: SessionUser, filter: { caseId?: string; status?: string; size?: number } = {},
): Promise<DeadlineItem[]> {
  const base = deps.db('deadlines as d').join('cases as c', 'c.id', 'd.case_id').leftJoin('persons as p', 'p.id', 'd.person_id');
  let scoped: Knex.QueryBuilder;
  if (!seesCaseFile(user)) scoped = base.where(heldPersonVisible(user)).where('d.limit_id', '~', LIBERTY.source);
  else if (filter.caseId || user.role !== 'investigator') scoped = scopeCases(base, user, await scopeUnits(deps.db, user));
  else {
    // An investigator's cases (their unit's, or assigned to them: an OR no index serves) first, then
    // their deadlines: asked for a page, the planner would otherwise walk every running deadline of
    // the country by due instant, testing each case (35 ms at 100,000; `npm run bench -- queries`).
    // A supervisor's units are known ahead (scopeUnits) and their plan is fine as it is.
    const seen = scopeCases(deps.db('cases as c').select('c.id'), user, await scopeUnits(deps.db, user));
    scoped = base.withMaterialized('seen', seen).whereIn('d.case_id', deps.db('seen').select('id'));
  }
  const q = scoped.select('d.*', 'c.register_number', 'p.last_name', 'p.first_name').orderBy('d.due_at');
  if (filter.caseId) q.where('d.case_id', filter.caseId);
  else q.where('d.status', filter.status ?? 'running');
  const rows: DeadlineRow[] = await openPersonRows(deps.db, await q.limit(filter.size ?? LIST_MAX));
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, limitId: r.limit_id, basis: r.basis,
    personId: r.person_id, personLabel: r.last_name && r.first_name ? personLabel(r.last_name, r.first_name) : null,
    anchorAt: r.anchor_at.toISOString(), dueAt: r.due_at.toISOString(),
    warnAt: r.warn_at.map((w) => new Date(w).toISOString()), status: r.status,
  }));
}

/**
 * The running deadlines the user may see, nearest first: the first `size` (LIST_PAGE unless
 * asked), and whether more are running; the persons they name are written to the access log.
 */
export async function deadlineList(deps: DomainDeps, user: SessionUser, size: number = LIST_PAGE): Promise<DeadlineList> {
  const page = pageOf(await listDeadlines(deps, user, { size: size + 1 }), size);
  await logListAccess(deps.db, user, 'list-deadlines', page.items);
  return page;
}
