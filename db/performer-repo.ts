import type { Knex } from 'knex';
import { performerInstitution } from '../org/performer';

/**
 * The unit that performs a task of a case (org/performer.ts): the case's unit, or the unit related
 * to it (supervising office, court, facility, probation office); for the facility, the one
 * holding the person when the case file says so. Null when the case's unit has no such relation;
 * undefined when the case row is not there (yet).
 */
export async function performerUnitId(db: Knex, caseId: string, role: string, personId: string | null): Promise<string | null | undefined> {
  const institution = performerInstitution(role);
  const kase = await db('cases').where({ id: caseId }).first('unit_id');
  if (!kase) return undefined;
  if (institution === null) return null;
  if (institution === 'case-unit') return kase.unit_id;
  if (institution === 'facility' && personId) {
    const held = await db('persons').where({ id: personId }).first('held_in_unit_id');
    if (held?.held_in_unit_id) return held.held_in_unit_id;
  }
  const rel = await db('unit_relations').where({ unit_id: kase.unit_id, kind: institution }).first('related_unit_id');
  return rel?.related_unit_id ?? null;
}

/** Open tasks with no performing unit (a relation added since, or a migration) get theirs. Returns how many. */
export async function assignMissingPerformers(db: Knex): Promise<number> {
  const open: Array<{ id: string; case_id: string; role: string; person_id: string | null; workflow_id: string }> = await db('tasks')
    .where({ status: 'open' }).whereNull('unit_id').select('id', 'case_id', 'role', 'person_id', 'workflow_id');
  let n = 0;
  for (const t of open) {
    const unitId = await performerUnitId(db, t.case_id, t.role, t.person_id);
    if (!unitId) continue;
    n += await db('tasks').where({ id: t.id }).whereNull('unit_id').update({ unit_id: unitId });
    await db('incidents').where({ workflow_id: t.workflow_id, activity: 'performer', step_key: t.id }).whereNull('resolved_at').update({ resolved_at: new Date() });
  }
  return n;
}
