import type { Knex } from 'knex';

/** Core schema: organisation, people with access, cases, the append-only record chain, work and deadlines. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('units', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('code').notNullable().unique().comment('Short code used in register numbers, e.g. BSK-01');
    t.text('name').notNullable();
    t.uuid('parent_id').references('units.id').comment('Parent in the organisational tree; supervisors see their sub-tree');
    t.text('region').comment('Region for statistics and escalation routing');
  });
  await knex.raw(`comment on table units is 'Organisational tree: need-to-know and escalation chains follow it'`);

  await knex.schema.createTable('users', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.text('username').notNullable().unique();
    t.text('password_hash').notNullable().comment('argon2id');
    t.text('full_name').notNullable();
    t.text('role').notNullable();
    t.uuid('unit_id').notNullable().references('units.id');
    t.boolean('active').notNullable().defaultTo(true);
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw(`alter table users add constraint users_role_check check (role in ('officer','supervisor','legal','analyst','admin','auditor'))`);

  await knex.raw(`create sequence register_number_seq`);
  await knex.schema.createTable('cases', (t) => {
    t.uuid('id').primary();
    t.text('register_number').notNullable().unique().comment('Unified Register of Crimes entry number (CPC 146: numbered automatically)');
    t.text('workflow_id').notNullable().unique().comment('Temporal workflow id of the case');
    t.uuid('unit_id').notNullable().references('units.id');
    t.uuid('assigned_to').references('users.id');
    t.text('status').notNullable().defaultTo('open');
    t.text('stage').notNullable().defaultTo('registered');
    t.text('source').notNullable();
    t.text('summary').notNullable();
    t.text('crime_article').notNullable();
    t.text('gravity').notNullable();
    t.text('region').notNullable();
    t.timestamp('received_at', { useTz: true }).notNullable();
    t.uuid('registered_by').notNullable().references('users.id');
    t.timestamp('registered_at', { useTz: true }).notNullable();
    t.index(['unit_id', 'registered_at'], 'cases_unit_registered_idx');
  });
  await knex.raw(`alter table cases add constraint cases_status_check check (status in ('open','closed'))`);

  await knex.schema.createTable('persons', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('role').notNullable().comment('suspect, victim, applicant');
    t.text('last_name').notNullable();
    t.text('first_name').notNullable();
    t.date('birth_date').notNullable();
    t.text('sex').notNullable();
    t.boolean('is_child').notNullable().comment('Under 18 at the moment of detention or registration (CPC chapter on juveniles)');
    t.timestamp('detained_at', { useTz: true }).comment('Moment of actual detention (CPC 137(2)(5), 5(22))');
    t.text('detention_place');
    t.integer('ordinal').notNullable();
    t.index(['case_id'], 'persons_case_idx');
  });
  await knex.raw(`comment on table persons is 'Personal data: every read through the API is written to access_log'`);

  await knex.schema.createTable('records', (t) => {
    t.uuid('id').primary().defaultTo(knex.raw('gen_random_uuid()'));
    t.uuid('case_id').notNullable().references('cases.id');
    t.integer('seq').notNullable().comment('Position in the case chain, from 1');
    t.text('record_type').notNullable();
    t.integer('schema_version').notNullable();
    t.jsonb('data').notNullable();
    t.uuid('actor_id').notNullable().references('users.id');
    t.uuid('task_id').comment('Task this record completed, if any');
    t.text('idempotency_key').notNullable().unique().comment('workflow id + step: a retried activity never writes twice');
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.text('prev_hash').comment('hash of the previous record of the case (null for the first)');
    t.text('hash').notNullable().unique();
    t.unique(['case_id', 'seq'], { indexName: 'records_case_seq_uq' });
  });
  await knex.raw(`comment on table records is 'Append-only, hash-chained procedural acts: one row per act'`);
  await knex.raw(`
    create function records_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'records are append-only: % refused', tg_op using errcode = 'raise_exception';
    end $$`);
  await knex.raw(`create trigger records_append_only before update or delete on records for each row execute function records_refuse_change()`);
  await knex.raw(`create trigger records_no_truncate before truncate on records for each statement execute function records_refuse_change()`);

  await knex.schema.createTable('tasks', (t) => {
    t.uuid('id').primary().comment('Chosen by the workflow (deterministic)');
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('workflow_id').notNullable();
    t.text('record_type').notNullable();
    t.text('role').notNullable();
    t.text('status').notNullable().defaultTo('open');
    t.uuid('person_id').references('persons.id');
    t.timestamp('due_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.uuid('claimed_by').references('users.id');
    t.timestamp('claimed_at', { useTz: true });
    t.timestamp('completed_at', { useTz: true });
    t.uuid('completed_by').references('users.id');
    t.uuid('record_id').references('records.id');
    t.index(['status', 'case_id'], 'tasks_inbox_idx');
  });
  await knex.raw(`comment on table tasks is 'Projection of open work; the workflow is the source of truth'`);
  await knex.raw(`alter table tasks add constraint tasks_status_check check (status in ('open','completed','cancelled'))`);

  await knex.schema.createTable('deadlines', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.uuid('person_id').references('persons.id');
    t.text('limit_id').notNullable().comment('Rulebook limit, e.g. detention.max');
    t.text('basis').notNullable().comment('Legal basis, e.g. CPC KR 100(2)-(3)');
    t.timestamp('anchor_at', { useTz: true }).notNullable().comment('Instant the clock starts from');
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.specificType('warn_at', 'timestamptz[]').notNullable().defaultTo('{}');
    t.text('status').notNullable().defaultTo('running');
    t.timestamp('closed_at', { useTz: true });
    t.index(['status', 'due_at'], 'deadlines_running_due_idx');
    t.index(['case_id'], 'deadlines_case_idx');
  });
  await knex.raw(`alter table deadlines add constraint deadlines_status_check check (status in ('running','met','expired'))`);

  await knex.schema.createTable('escalations', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.uuid('deadline_id').notNullable().references('deadlines.id');
    t.uuid('unit_id').notNullable().references('units.id').comment('Unit whose supervisors must act');
    t.text('severity').notNullable();
    t.text('status').notNullable().defaultTo('open');
    t.text('message').notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('raised_at', { useTz: true }).notNullable();
    t.uuid('acknowledged_by').references('users.id');
    t.timestamp('acknowledged_at', { useTz: true });
    t.index(['status', 'unit_id'], 'escalations_board_idx');
  });
  await knex.raw(`alter table escalations add constraint escalations_severity_check check (severity in ('warning','expired'))`);
  await knex.raw(`alter table escalations add constraint escalations_status_check check (status in ('open','acknowledged'))`);

  await knex.schema.createTable('access_log', (t) => {
    t.bigIncrements('id');
    t.uuid('user_id').notNullable().references('users.id');
    t.uuid('case_id').references('cases.id');
    t.text('action').notNullable();
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['case_id', 'at'], 'access_log_case_idx');
  });
  await knex.raw(`comment on table access_log is 'Every read of personal data (Law No. 58 of 2008 guidance)'`);
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['access_log', 'escalations', 'deadlines', 'tasks', 'records', 'persons', 'cases', 'users', 'units']) {
    await knex.schema.dropTableIfExists(table);
  }
  await knex.raw('drop function if exists records_refuse_change() cascade');
  await knex.raw('drop sequence if exists register_number_seq');
}
