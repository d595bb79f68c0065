import type { Knex } from 'knex';

/** Procedure versions (BPMN + compiled model), the engine's alerts, and the outbox of automatic acts. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('procedures', (t) => {
    t.text('key').notNullable().comment('BPMN process id');
    t.integer('version').notNullable();
    t.text('sha256').notNullable().comment('SHA-256 of the deployed BPMN XML');
    t.text('bpmn_xml').notNullable();
    t.jsonb('model').notNullable().comment('Compiled ProcedureModel the workflows interpret');
    t.jsonb('warnings').notNullable().defaultTo('[]');
    t.uuid('deployed_by').references('users.id');
    t.timestamp('deployed_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['key', 'version']);
  });
  await knex.raw(`comment on table procedures is 'Immutable versions of each procedure; new cases use the latest, running cases keep theirs'`);
  await knex.raw(`
    create function procedures_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'procedure versions are immutable: % refused', tg_op;
    end $$`);
  await knex.raw(`create trigger procedures_immutable before update or delete on procedures for each row execute function procedures_refuse_change()`);

  await knex.schema.alterTable('cases', (t) => {
    t.text('procedure_key');
    t.integer('procedure_version');
  });
  await knex.schema.alterTable('tasks', (t) => {
    t.text('element_id').comment('BPMN element of the task, for the diagram view');
  });
  await knex.schema.alterTable('escalations', (t) => {
    t.uuid('deadline_id').nullable().alter();
    t.timestamp('due_at', { useTz: true }).nullable().alter();
    t.text('element_id').comment('BPMN element that raised it');
  });
  await knex.raw(`alter table escalations drop constraint escalations_severity_check`);
  await knex.raw(`alter table escalations add constraint escalations_severity_check check (severity in ('warning','expired','alert'))`);

  await knex.schema.createTable('outbox', (t) => {
    t.uuid('id').primary();
    t.uuid('case_id').notNullable().references('cases.id');
    t.text('action').notNullable().comment('Service action from the allow-list');
    t.text('element_id').notNullable();
    t.jsonb('payload').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('delivered_at', { useTz: true });
  });
  await knex.raw(`comment on table outbox is 'Automatic acts (notifications, generated documents) waiting for delivery'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbox');
  await knex.raw(`alter table escalations drop constraint escalations_severity_check`);
  await knex.raw(`delete from escalations where severity = 'alert'`);
  await knex.raw(`alter table escalations add constraint escalations_severity_check check (severity in ('warning','expired'))`);
  await knex.schema.alterTable('escalations', (t) => t.dropColumn('element_id'));
  await knex.schema.alterTable('tasks', (t) => t.dropColumn('element_id'));
  await knex.schema.alterTable('cases', (t) => {
    t.dropColumn('procedure_key');
    t.dropColumn('procedure_version');
  });
  await knex.schema.dropTableIfExists('procedures');
  await knex.raw('drop function if exists procedures_refuse_change() cascade');
}
