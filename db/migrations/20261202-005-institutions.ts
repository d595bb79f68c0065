import type { Knex } from 'knex';
import { performingRole } from '../../org/legacy-roles';

/**
 * The institutions (issue: who acts, who supervises, who sees): units with their agency, kind,
 * territory and prosecutor's rung; the relations of each investigative unit (its supervising
 * prosecutor's office, CPC 35; its court; the facility holding its detainees; its probation
 * office); the roles the law names in place of `officer` and `supervisor`; the institution that
 * performs each task; the escalation's rung; a history of task hand-overs; the administration's
 * append-only log. What it did to existing data is written to `admin_changes` (entity `migration`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('units', (t) => {
    t.text('agency').comment('interior-ministry, national-security, prosecutor, courts, penitentiary, probation');
    t.text('kind').notNullable().defaultTo('investigative-unit').comment('org/roles.ts UnitKind');
    t.text('rung').comment("Prosecutor's offices: district, regional (oblast, Bishkek, Osh), general (CPC 162)");
    t.text('district').comment('District served; null for the whole region');
    t.jsonb('names').comment('{ru, ky, en}');
    t.boolean('active').notNullable().defaultTo(true);
  });
  await knex.raw(`alter table units add constraint units_kind_check check (kind in ('headquarters','investigative-unit','prosecutor-office','court','detention-facility','probation-office'))`);
  // The old tree put investigative units under prosecutor's offices: a unit with units below it was an office.
  const offices = await knex.raw(`
    update units set kind = 'prosecutor-office', agency = 'prosecutor', rung = case when parent_id is null then 'general' else 'regional' end
    where id in (select parent_id from units where parent_id is not null)`);
  await knex.raw(`alter table units add constraint units_rung_check check (rung in ('district','regional','general') and kind = 'prosecutor-office' or rung is null and kind <> 'prosecutor-office')`);

  await knex.schema.createTable('unit_relations', (t) => {
    t.uuid('unit_id').notNullable().references('units.id').comment('An investigative unit');
    t.text('kind').notNullable().comment('supervising-office (CPC 35), court (CPC 32, 264), facility (CPC 100), probation-office (CEC 165)');
    t.uuid('related_unit_id').notNullable().references('units.id');
    t.primary(['unit_id', 'kind']);
    t.index(['kind', 'related_unit_id'], 'unit_relations_related_idx');
  });
  await knex.raw(`alter table unit_relations add constraint unit_relations_kind_check check (kind in ('supervising-office','court','facility','probation-office'))`);
  await knex.raw(`comment on table unit_relations is 'Who supervises, hears, holds and supervises the people of each investigative unit: separate from the administrative tree'`);
  const supervision = await knex.raw(`
    insert into unit_relations (unit_id, kind, related_unit_id)
    select u.id, 'supervising-office', u.parent_id from units u join units p on p.id = u.parent_id
    where u.kind = 'investigative-unit' and p.kind = 'prosecutor-office'`);

  await knex.raw('alter table users drop constraint users_role_check');
  const investigators = await knex('users').where({ role: 'officer' }).update({ role: 'investigator' });
  const supervisors = await knex.raw(`
    update users u set role = case when n.kind = 'prosecutor-office' then 'prosecutor' else 'head-of-unit' end
    from units n where n.id = u.unit_id and u.role = 'supervisor'`);
  await knex.raw(`alter table users add constraint users_role_check check (role in (
    'investigator','head-of-unit','prosecutor','investigating-judge','judge','facility-officer','probation-officer','legal','analyst','auditor','admin'))`);
  await knex.schema.alterTable('users', (t) => {
    t.text('prosecutor_rank').comment("Prosecutor General's Office: prosecutor-general or deputy-prosecutor-general (CPC 162)");
  });
  await knex.raw(`alter table users add constraint users_rank_check check (prosecutor_rank in ('prosecutor-general','deputy-prosecutor-general'))`);

  await knex.schema.alterTable('tasks', (t) => {
    t.uuid('unit_id').references('units.id').comment('The institution that performs the task (org/performer.ts); null when the case unit has none');
    t.index(['role', 'unit_id', 'status'], 'tasks_performer_idx');
    t.uuid('release_order_record_id').references('records.id').comment('A release task: the release-order record of the prosecutor or head of unit (CPC 12(2), 35(1))');
  });
  let tasksMoved = 0;
  const legacy: Array<{ role: string; record_type: string }> = await knex('tasks').whereIn('role', ['officer', 'supervisor']).distinct('role', 'record_type');
  for (const l of legacy) {
    tasksMoved += await knex('tasks').where({ role: l.role, record_type: l.record_type }).update({ role: performingRole(l.role, l.record_type) });
  }
  // The performing institution of existing tasks: the case's unit, or its supervising office for the prosecutor.
  await knex.raw(`update tasks t set unit_id = c.unit_id from cases c where c.id = t.case_id and t.role in ('investigator','head-of-unit')`);
  await knex.raw(`
    update tasks t set unit_id = r.related_unit_id from cases c join unit_relations r on r.unit_id = c.unit_id and r.kind = 'supervising-office'
    where c.id = t.case_id and t.role = 'prosecutor'`);

  await knex.schema.alterTable('persons', (t) => {
    t.uuid('held_in_unit_id').references('units.id').comment('Detained persons: the facility holding them (CPC 100)');
  });

  await knex.schema.alterTable('escalations', (t) => {
    t.uuid('target_unit_id').references('units.id').comment("The prosecutor's office it is escalated to now; climbs a rung when not acknowledged in time");
    t.integer('level').notNullable().defaultTo(0).comment('Rungs climbed since it was raised');
    t.timestamp('climbed_at', { useTz: true });
    t.text('ack_comment');
  });
  await knex.raw(`
    update escalations e set target_unit_id = r.related_unit_id from cases c join unit_relations r on r.unit_id = c.unit_id and r.kind = 'supervising-office'
    where c.id = e.case_id`);

  await knex.schema.createTable('task_events', (t) => {
    t.bigIncrements('id');
    t.uuid('task_id').notNullable().references('tasks.id');
    t.text('kind').notNullable().comment('claim, unclaim, assign');
    t.uuid('actor_id').notNullable().references('users.id');
    t.uuid('assignee_id').references('users.id');
    t.text('note');
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['task_id', 'at'], 'task_events_task_idx');
  });
  await knex.raw(`alter table task_events add constraint task_events_kind_check check (kind in ('claim','unclaim','assign'))`);

  await knex.schema.createTable('admin_changes', (t) => {
    t.bigIncrements('id');
    t.uuid('actor_id').references('users.id').comment('Null for a migration');
    t.text('entity').notNullable().comment('user, unit, relation, migration');
    t.text('entity_id').notNullable();
    t.text('action').notNullable();
    t.jsonb('before');
    t.jsonb('after');
    t.timestamp('at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['entity', 'entity_id', 'at'], 'admin_changes_entity_idx');
  });
  await knex.raw(`
    create function admin_changes_refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception 'admin_changes is append-only: % refused', tg_op using errcode = 'raise_exception';
    end $$`);
  await knex.raw(`create trigger admin_changes_append_only before update or delete on admin_changes for each row execute function admin_changes_refuse_change()`);
  await knex.raw(`comment on table admin_changes is 'Every change to users and units, append-only: who, what, before and after'`);

  await knex('admin_changes').insert({
    actor_id: null, entity: 'migration', entity_id: '20261202-005-institutions', action: 'migrated',
    after: {
      unitsBecameProsecutorOffices: offices.rowCount ?? 0, supervisionRelations: supervision.rowCount ?? 0,
      officersBecameInvestigators: investigators, supervisorsRolesByUnit: supervisors.rowCount ?? 0, tasksGivenTheirActsRole: tasksMoved,
    },
  });
}

export async function down(): Promise<void> {
  throw new Error('20261202-005-institutions cannot be undone: roles and records moved forward');
}
