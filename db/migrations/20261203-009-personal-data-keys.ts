import type { Knex } from 'knex';
import retention from '../../privacy/retention-rules.json';

/**
 * Crypto-shredding (issue 11; Law No. 58 of 2008 art. 15): a key per person of a case, and one per
 * case for texts about several, held in PostgreSQL; personal fields of the records, the persons and
 * the case summary are sealed with them (privacy/field-cipher.ts). When a retention rule ends, the
 * key is destroyed and what it sealed can no longer be read, while the hash chains, computed over
 * the sealed form, still verify. The retention periods are data legal staff set.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('data_keys', (t) => {
    t.uuid('id').primary().comment('The person id (a person key) or the case id (the case key)');
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('subject').notNullable();
    t.binary('key').comment('32 random bytes (AES-256-GCM); null once destroyed');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('destroyed_at', { useTz: true });
    t.text('destroyed_for').comment('The retention rule (outcome) that ended');
    t.index(['case_id'], 'data_keys_case_idx');
  });
  await knex.raw(`alter table data_keys add constraint data_keys_subject_check check (subject in ('case', 'person'))`);
  await knex.raw(`alter table data_keys add constraint data_keys_destroyed_check check ((key is null) = (destroyed_at is not null))`);
  await knex.raw(`comment on table data_keys is 'Keys sealing personal data; destroying one (key := null) shreds what it sealed, everywhere'`);

  // Sealed values are text (a date of birth too); clear values of before this migration stay readable.
  await knex.raw('alter table persons alter column birth_date type text using birth_date::text');

  await knex.schema.createTable('retention_rules', (t) => {
    t.text('outcome').primary();
    t.integer('years').notNullable();
    t.uuid('updated_by').references('users.id');
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('alter table retention_rules add constraint retention_rules_years_check check (years between 1 and 100)');
  await knex('retention_rules').insert(retention.rules.map((r) => ({ outcome: r.outcome, years: r.years })));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('retention_rules');
  await knex.schema.dropTableIfExists('data_keys');
}
