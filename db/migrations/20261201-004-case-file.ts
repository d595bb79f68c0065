import type { Knex } from 'knex';

/**
 * The case file: register numbers taken in the case's own transaction (no gaps, CPC 146), victims
 * and citizenship beside the suspects, and incidents: a case whose workflow cannot progress is
 * shown to a person instead of retrying where nobody sees it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('register_counters', (t) => {
    t.text('unit_code').notNullable();
    t.integer('year').notNullable();
    t.integer('value').notNullable();
    t.primary(['unit_code', 'year']);
  });
  await knex.raw(`comment on table register_counters is 'Last register number per unit and year; incremented in the registering transaction, so a refused registration leaves no gap'`);
  // Continue from the numbers already given.
  await knex.raw(`
    insert into register_counters (unit_code, year, value)
    select m[1], m[2]::int, max(m[3]::int) from (select regexp_match(register_number, '^(.*)-([0-9]{4})-([0-9]+)$') as m from cases) x
    where m is not null group by m[1], m[2]`);

  await knex.schema.alterTable('persons', (t) => {
    t.date('birth_date').nullable().alter();
    t.text('citizenship').comment('ISO 3166-1 alpha-3, for the statistics; null when unknown');
    t.text('relationship_to_suspect').comment('Victims (UNODC ICCS): intimate-partner, family-member, acquaintance, stranger, unknown');
  });
  await knex.raw(`alter table persons add constraint persons_role_check check (role in ('suspect','accused','defendant','convicted','acquitted','victim','legal-representative','defence-lawyer'))`);

  await knex.schema.createTable('incidents', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('case_id').references('cases.id');
    t.text('workflow_id').notNullable();
    t.text('activity').notNullable().comment('What keeps failing, e.g. recordStep');
    t.text('step_key').notNullable().comment('The step within the workflow (task id, registration)');
    t.integer('attempts').notNullable();
    t.text('error').notNullable().comment('Error class and code only: never the data');
    t.timestamp('first_seen', { useTz: true }).notNullable();
    t.timestamp('last_seen', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.unique(['workflow_id', 'activity', 'step_key'], { indexName: 'incidents_step_uq' });
    t.index(['resolved_at', 'case_id'], 'incidents_open_idx');
  });
  await knex.raw(`comment on table incidents is 'A workflow step failing again and again: shown on the case page and the supervisors board until it succeeds'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('incidents');
  await knex.raw(`alter table persons drop constraint persons_role_check`);
  await knex.schema.alterTable('persons', (t) => {
    t.dropColumn('citizenship');
    t.dropColumn('relationship_to_suspect');
  });
  await knex.schema.dropTableIfExists('register_counters');
}
