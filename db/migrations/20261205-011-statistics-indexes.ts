import type { Knex } from 'knex';

/**
 * Covering indexes for the two indicator queries that a sequential scan of a million facts kept
 * over the half-second target (`npm run bench -- statistics`): the pending caseload at an instant
 * (pending-age, pending-past-term, disposition time: `disposed_at is null or >= :to`, two ranges
 * of one index) and the rulebook limits met or expired in a period (limits-met). Each holds every
 * breakdown column, so the query is answered from the index alone once the table is vacuumed.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`create index stat_cases_pending_idx on stat_cases (disposed_at)
    include (registered_at, term_overdue_from, region, agency, unit_id, iccs_section, gravity)`);
  await knex.raw(`create index stat_deadlines_closed_idx on stat_deadlines (closed_at)
    include (status, region, agency, unit_id, iccs_section, gravity, limit_id) where status in ('met', 'expired')`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index if exists stat_deadlines_closed_idx');
  await knex.raw('drop index if exists stat_cases_pending_idx');
}
