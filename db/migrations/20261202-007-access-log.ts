import type { Knex } from 'knex';

/**
 * The access log says whose data was read, from which unit and through which route, list views
 * included, so the auditor can answer "who read this person's data" (Law No. 58 of 2008).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('access_log', (t) => {
    t.specificType('persons', 'uuid[]').notNullable().defaultTo('{}').comment('The persons whose data the read showed');
    t.uuid('unit_id').references('units.id').comment("The reader's unit at the time");
    t.index(['user_id', 'at'], 'access_log_user_idx');
  });
  await knex.raw('create index access_log_persons_idx on access_log using gin (persons)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('drop index access_log_persons_idx');
  await knex.schema.alterTable('access_log', (t) => {
    t.dropIndex(['user_id', 'at'], 'access_log_user_idx');
    t.dropColumn('persons');
    t.dropColumn('unit_id');
  });
}
