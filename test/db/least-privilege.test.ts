import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import { createDb } from '../../db/knex';
import { APPEND_ONLY_TABLES, appPrivilegeProblems, roleOfUrl } from '../../db/least-privilege';
import { checkLeastPrivilege } from '../../db/prepare-database';
import { testDatabase } from '../support/engines';

// Issue 11, item 6: the application's own credentials cannot rewrite the evidence.
describe('least privilege in PostgreSQL: the application role adds to the evidence and cannot alter it', function () {
  this.timeout(60_000);
  let app: Knex;
  let owner: Knex;
  let appRole: string;

  before(async () => {
    const database = await testDatabase();
    app = database.db;
    appRole = roleOfUrl(database.url);
    owner = createDb(database.ownerUrl, 1);
  });
  after(() => owner.destroy());

  it('the tests run as the application role, not as the owner or a superuser', async () => {
    const me = (await app.raw('select current_user as role, (select rolsuper from pg_roles where rolname = current_user) as super')).rows[0];
    assert.equal(me.role, appRole);
    assert.equal(me.super, false);
    assert.notEqual(appRole, roleOfUrl((await testDatabase()).ownerUrl));
  });

  for (const table of APPEND_ONLY_TABLES) {
    it(`the app role cannot UPDATE, DELETE, TRUNCATE ${table} nor disable its triggers`, async () => {
      const { column } = (await owner.raw(`select column_name as column from information_schema.columns where table_name = ? order by ordinal_position limit 1`, [table])).rows[0];
      await assert.rejects(app.raw(`update ${table} set ${column} = ${column} where false`), /permission denied/);
      await assert.rejects(app(table).where(app.raw('false')).del(), /permission denied/);
      await assert.rejects(app.raw(`truncate ${table}`), /permission denied/);
      await assert.rejects(app.raw(`alter table ${table} disable trigger all`), /must be owner/);
    });
  }

  it('the app role cannot drop the append-only trigger, create a table or change a sequence', async () => {
    await assert.rejects(app.raw('drop trigger records_append_only on records'), /must be owner/);
    await assert.rejects(app.raw('create table smuggled (x int)'), /permission denied for schema public/);
    await assert.rejects(app.raw(`select setval('register_number_seq', 1)`), /permission denied/);
    await assert.rejects(app('knex_migrations').select('*'), /permission denied/);
  });

  it('it can still do its work: read and add records, change the projections', async () => {
    assert.ok(Number((await app('records').count('* as n').first())?.n) >= 0);
    assert.equal(await app('tasks').where(app.raw('false')).update({ status: 'open' }), 0);
    assert.ok(Number((await app.raw(`select nextval('register_number_seq') as n`)).rows[0].n) > 0);
  });

  it('the start-up check passes for the app role and names what is wrong for the owner', async () => {
    assert.deepEqual(await appPrivilegeProblems(app), []);
    const problems = await appPrivilegeProblems(owner);
    assert.ok(problems.some((p) => /owns records/.test(p)), problems.join('\n'));
    await assert.rejects(checkLeastPrivilege(owner, true, () => {}), /least privilege in PostgreSQL does not hold/);
    const warnings: string[] = [];
    await checkLeastPrivilege(owner, false, (m) => warnings.push(m));
    assert.equal(warnings.length, 1);
  });
});
