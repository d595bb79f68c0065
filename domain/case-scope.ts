import type { Knex } from 'knex';
import type { SessionUser } from './deps';

// Need-to-know follows the institutions (README, "Need-to-know"): every list and every read of a
// case goes through these filters, so a case outside them answers 404 like an unknown id.

/** Subquery: the ids of a unit and every unit below it in the administrative tree. */
export function unitSubtree(unitId: string) {
  return (sub: Knex.QueryBuilder) =>
    sub.withRecursive('subtree', (rec) =>
      rec.select('id').from('units').where('id', unitId)
        .unionAll((u) => u.select('units.id').from('units').join('subtree', 'units.parent_id', 'subtree.id')))
      .select('id').from('subtree');
}

/** Subquery: the investigative units a prosecutor's office supervises, itself or through the offices below it (CPC KR 35). */
function supervisedUnits(officeId: string) {
  return (sub: Knex.QueryBuilder) =>
    sub.select('unit_id').from('unit_relations').where('kind', 'supervising-office').whereIn('related_unit_id', unitSubtree(officeId));
}

/**
 * The cases a user may see, as a condition on `cases` aliased `c`:
 * - investigator: the cases of their unit and those assigned to them (CPC KR 36-37);
 * - head of unit: the cases of the unit's sub-tree (CPC KR 38);
 * - prosecutor: the cases of the units their office supervises, directly or through lower offices (CPC KR 35);
 * - investigating judge, judge, probation officer: the cases with an act for their institution
 *   and role, from the moment the case arrives there (for the investigating judge, a motion on
 *   record: CPC KR 106(3), 115(3); the court's trial acts open when the prosecutor sends the case;
 *   probation when the sentence is in force);
 * - facility officer: no case file, only the persons held and their liberty limits (scopeHeldPersons);
 * - legal staff, analysts, auditors, administrators: no case contents.
 * `units`: scopeUnits(db, user) read ahead in the same request, in place of its subquery.
 */
export function caseVisible(user: SessionUser, units?: ScopeUnits): (w: Knex.QueryBuilder) => void {
  return (w) => {
    switch (user.role) {
      case 'investigator':
        w.where('c.unit_id', user.unitId).orWhere('c.assigned_to', user.id);
        return;
      case 'head-of-unit':
        w.whereIn('c.unit_id', units ?? unitSubtree(user.unitId));
        return;
      case 'prosecutor':
        w.whereIn('c.unit_id', units ?? supervisedUnits(user.unitId));
        return;
      case 'investigating-judge':
        w.whereExists(actFor(user)).whereExists((m) => m.select(m.client.raw('1')).from('records as motion')
          .whereRaw('motion.case_id = c.id').whereIn('motion.record_type', ['measure-motion', 'custody-extension-motion']));
        return;
      case 'judge':
      case 'probation-officer':
        w.whereExists(actFor(user));
        return;
      default:
        w.whereRaw('false');
    }
  };
}

/** The ids of the units whose cases a head of unit or a prosecutor sees (scopeUnits). */
export type ScopeUnits = readonly string[];

/**
 * The units whose cases a head of unit (their sub-tree) or a prosecutor (the units their office
 * supervises) sees, read ahead of a list's query; undefined for the other roles. The same subquery
 * caseVisible embeds otherwise: given as values, the planner sees how few cases they hold (the
 * recursive subquery it estimates at half the cases, and then sorts every open task, escalation or
 * deadline of the country to keep the few the user sees: bench/queries-bench.ts).
 */
export async function scopeUnits(db: Knex, user: SessionUser): Promise<ScopeUnits | undefined> {
  const units = user.role === 'head-of-unit' ? unitSubtree(user.unitId) : user.role === 'prosecutor' ? supervisedUnits(user.unitId) : null;
  if (!units) return undefined;
  const q = db.queryBuilder();
  units(q);
  const rows: Array<Record<string, string>> = await q;
  return rows.map((r) => Object.values(r)[0]!);
}

/** Subquery: a task of the case for the user's institution and role. */
function actFor(user: SessionUser) {
  return (e: Knex.QueryBuilder) => e.select(e.client.raw('1')).from('tasks as arrived')
    .whereRaw('arrived.case_id = c.id').where('arrived.unit_id', user.unitId).where('arrived.role', user.role);
}

/** Filters a query over `cases` aliased `c` to the cases the user may see (`units`: scopeUnits read ahead). */
export function scopeCases(qb: Knex.QueryBuilder, user: SessionUser, units?: ScopeUnits): Knex.QueryBuilder {
  return qb.where(caseVisible(user, units));
}

/**
 * The units whose tasks of the user's role the user performs: their own; for a prosecutor also
 * the offices below theirs, since a higher rung may act in a lower one's place (CPC KR 162).
 */
export async function actingUnitIds(db: Knex, user: SessionUser): Promise<string[]> {
  if (user.role !== 'prosecutor') return [user.unitId];
  const rows: Array<{ id: string }> = await db.queryBuilder().withRecursive('subtree', (rec) =>
    rec.select('id').from('units').where('id', user.unitId)
      .unionAll((u) => u.select('units.id').from('units').join('subtree', 'units.parent_id', 'subtree.id')))
    .select('id').from('subtree');
  return rows.map((r) => r.id);
}

/**
 * Escalations reach the head of the case's unit (CPC KR 38(2)(3)) and the prosecutors supervising
 * it (CPC KR 35): the same cases they may see. Filters `escalations` aliased `e` joined to `c`.
 */
export function scopeEscalations(qb: Knex.QueryBuilder, user: SessionUser, units?: ScopeUnits): Knex.QueryBuilder {
  if (user.role !== 'head-of-unit' && user.role !== 'prosecutor') return qb.whereRaw('false');
  return scopeCases(qb, user, units);
}

/** Whether a role reads the case file of the cases it acts in: all but the facility, which sees the person it holds. */
export function seesCaseFile(user: SessionUser): boolean {
  return user.role !== 'facility-officer';
}

/** A facility officer sees the persons held in the facility (CPC KR 100), as a condition on `persons` aliased `p`. */
export function heldPersonVisible(user: SessionUser): (w: Knex.QueryBuilder) => void {
  return (w) => {
    if (user.role === 'facility-officer') w.where('p.held_in_unit_id', user.unitId);
    else w.whereRaw('false');
  };
}
