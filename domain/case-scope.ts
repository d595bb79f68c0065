import type { Knex } from 'knex';
import type { SessionUser } from './deps';

/** Subquery: the ids of a unit and every unit below it in the organisational tree. */
function unitSubtree(unitId: string) {
  return (sub: Knex.QueryBuilder) =>
    sub.withRecursive('subtree', (rec) =>
      rec.select('id').from('units').where('id', unitId)
        .unionAll((u) => u.select('units.id').from('units').join('subtree', 'units.parent_id', 'subtree.id')))
      .select('id').from('subtree');
}

/**
 * Need-to-know, as a SQL filter on `cases` (aliased `c`): an officer sees the cases of their unit
 * and those assigned to them; a supervisor their unit and its sub-units; admin and auditor all;
 * legal staff and analysts no case (analysts get aggregates only).
 */
export function scopeCases(qb: Knex.QueryBuilder, user: SessionUser): Knex.QueryBuilder {
  switch (user.role) {
    case 'admin':
    case 'auditor':
      return qb;
    case 'officer':
      return qb.where((w) => w.where('c.unit_id', user.unitId).orWhere('c.assigned_to', user.id));
    case 'supervisor':
      return qb.whereIn('c.unit_id', unitSubtree(user.unitId));
    default:
      return qb.whereRaw('false');
  }
}

/** Escalations go to supervisors: those of the escalation's unit or above it see it. */
export function scopeEscalations(qb: Knex.QueryBuilder, user: SessionUser): Knex.QueryBuilder {
  if (user.role === 'admin' || user.role === 'auditor') return qb;
  if (user.role !== 'supervisor') return qb.whereRaw('false');
  return qb.whereIn('e.unit_id', unitSubtree(user.unitId));
}
