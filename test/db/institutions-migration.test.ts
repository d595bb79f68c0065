import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { migrationSource } from '../../db/migrations';
import { seedDemo } from '../../db/seed-demo';
import { withScratchDatabase } from '../support/engines';

describe('migration 20261202-005-institutions: the data of the officer/supervisor era moves to the institutions', function () {
  this.timeout(60_000);

  it('gives users and open tasks their new roles, the offices their rung, the units their supervision, and says what it did', async () => {
    await withScratchDatabase('mig', async (db) => {
      // The schema before the institutions, with data as the old demo seed and its cases left it.
      const names = await migrationSource.getMigrations([]);
      for (const m of names.slice(0, names.indexOf('20261202-005-institutions'))) await db.migrate.up({ migrationSource, name: m });
      const [gpo] = await db('units').insert({ code: 'GPO', name: 'Prosecutor General (old demo)', region: null }).returning('id');
      const [bsk] = await db('units').insert({ code: 'BSK', name: 'Bishkek prosecutor (old demo)', parent_id: gpo.id, region: 'bishkek' }).returning('id');
      const [unit] = await db('units').insert({ code: 'BSK-01', name: 'Bishkek unit (old demo)', parent_id: bsk.id, region: 'bishkek' }).returning('id');
      const user = (username: string, role: string, unitId: string) => ({ username, full_name: `Synthetic ${username}`, role, unit_id: unitId, password_hash: 'x' });
      const [officer] = await db('users').insert([user('old-officer', 'officer', unit.id)]).returning('id');
      await db('users').insert([user('old-supervisor', 'supervisor', bsk.id), user('old-head', 'supervisor', unit.id), user('old-admin', 'admin', gpo.id)]);
      const caseId = randomUUID();
      await db('cases').insert({
        id: caseId, register_number: 'BSK-01-2026-000001', workflow_id: 'case-BSK-01-2026-000001', unit_id: unit.id, source: 'written-statement',
        summary: 'Synthetic', crime_article: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek', received_at: new Date(), registered_by: officer.id, registered_at: new Date(),
      });
      const task = (recordType: string, role: string) => ({ id: randomUUID(), case_id: caseId, workflow_id: 'case-BSK-01-2026-000001', record_type: recordType, role, created_at: new Date() });
      await db('tasks').insert([task('measure-decision', 'officer'), task('check-decision', 'officer'), task('investigation-extension-decision', 'supervisor'), task('release', 'officer')]);

      await db.migrate.up({ migrationSource, name: '20261202-005-institutions' });

      const roles = Object.fromEntries((await db('users').select('username', 'role')).map((u) => [u.username, u.role]));
      assert.deepEqual(roles, { 'old-officer': 'investigator', 'old-supervisor': 'prosecutor', 'old-head': 'head-of-unit', 'old-admin': 'admin' });
      const units = Object.fromEntries((await db('units').select('code', 'kind', 'rung')).map((u) => [u.code, [u.kind, u.rung]]));
      assert.deepEqual(units, { GPO: ['prosecutor-office', 'general'], BSK: ['prosecutor-office', 'regional'], 'BSK-01': ['investigative-unit', null] });
      const supervision = await db('unit_relations').where({ unit_id: unit.id }).select('kind', 'related_unit_id');
      assert.deepEqual(supervision, [{ kind: 'supervising-office', related_unit_id: bsk.id }]);
      const tasks = Object.fromEntries((await db('tasks').select('record_type', 'role', 'unit_id')).map((t) => [t.record_type, [t.role, t.unit_id]]));
      assert.deepEqual(tasks, {
        'measure-decision': ['investigating-judge', null], 'check-decision': ['investigator', unit.id],
        'investigation-extension-decision': ['prosecutor', bsk.id], release: ['facility-officer', null],
      });
      const said = await db('admin_changes').where({ entity: 'migration' }).first();
      assert.deepEqual(said.after, {
        unitsBecameProsecutorOffices: 2, supervisionRelations: 1, officersBecameInvestigators: 1, supervisorsRolesByUnit: 2, tasksGivenTheirActsRole: 4,
      });
      // The demo seed then brings the old demo units into the demo country; the court and facility tasks get their unit.
      // As `npm start` does it: after the remaining migrations (the seed writes to their columns too).
      await db.migrate.latest({ migrationSource });
      await seedDemo(db);
      const court = await db('units').where({ code: 'BLC' }).first('id');
      assert.equal((await db('tasks').where({ record_type: 'measure-decision' }).first()).unit_id, court.id);
      assert.equal((await db('units').where({ code: 'BSK-01' }).first()).kind, 'investigative-unit');
      await assert.rejects(db('admin_changes').where({ entity: 'migration' }).del(), /append-only/);
    });
  });
});
