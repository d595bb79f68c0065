import type { Knex } from 'knex';

/**
 * A deadline can end without being met or broken: the procedure moved on (an interrupting timer
 * fired on the same act, the case went to court and the custody term stopped running, a child
 * procedure was cancelled). Such deadlines are closed as `cancelled` instead of staying `running`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`alter table deadlines drop constraint deadlines_status_check`);
  await knex.raw(`alter table deadlines add constraint deadlines_status_check check (status in ('running','met','expired','cancelled'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`alter table deadlines drop constraint deadlines_status_check`);
  await knex.raw(`alter table deadlines add constraint deadlines_status_check check (status in ('running','met','expired'))`);
}
