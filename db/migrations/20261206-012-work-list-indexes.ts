import type { Knex } from 'knex';

/**
 * Indexes for the work lists at scale (`npm run bench -- queries`: a million tasks, 100,000
 * running deadlines), each list starting from the cases its user sees (domain/case-scope.ts):
 * - the cases assigned to an investigator, the other half of their condition (their unit's
 *   cases, or assigned to them), which without it reads every case for the inbox and deadlines;
 * - the cases of a unit with their id and register number, so the cases of a head of unit's
 *   sub-tree or of a prosecutor's supervised units come from the index alone;
 * - the escalations of a case, so the board can read those of the cases seen rather than every
 *   one (at 66,000 escalations the planner still finds a scan as cheap; the history only grows);
 * - the running deadlines of a case, for the deadline list of an investigator.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('create index cases_assigned_idx on cases (assigned_to)');
  await knex.raw('create index cases_unit_scope_idx on cases (unit_id) include (id, register_number)');
  await knex.raw('create index escalations_case_idx on escalations (case_id)');
  await knex.raw(`create index deadlines_running_case_idx on deadlines (case_id) where status = 'running'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists deadlines_running_case_idx');
  await knex.raw('drop index if exists escalations_case_idx');
  await knex.raw('drop index if exists cases_unit_scope_idx');
  await knex.raw('drop index if exists cases_assigned_idx');
}
