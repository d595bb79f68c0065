import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { readCaseInOneTrip } from '../../db/one-trip';
import { testDatabase } from '../support/engines';

describe('reads of one case in one round trip (db/one-trip.ts)', function () {
  this.timeout(60_000);
  let db: Knex;
  before(async () => {
    ({ db } = await testDatabase());
  });

  it("answers each query's rows in order, for one statement and for several", async () => {
    const unit = await db('units').first('id');
    const one = await readCaseInOneTrip(db, unit.id, [db('units').where('id', unit.id).select('id')]);
    assert.deepEqual(one, [[{ id: unit.id }]]);
    const several = await readCaseInOneTrip(db, unit.id, [
      db('units').where('id', unit.id).select('id'),
      db('cases').where('id', unit.id).select('id'),
      db('units').where('id', unit.id).select(db.raw('1 as n')),
    ]);
    assert.deepEqual(several, [[{ id: unit.id }], [], [{ n: 1 }]]);
  });

  it('refuses an id that is not a UUID before any SQL is sent, and a query binding anything else', async () => {
    const sneaky = "x'; delete from cases; --";
    await assert.rejects(readCaseInOneTrip(db, sneaky, [db('cases').where('id', sneaky).select('id')]), /not a case id/);
    const id = randomUUID();
    await assert.rejects(readCaseInOneTrip(db, id, [db('cases').where('id', id).where('stage', 'registered').select('id')]), /binds/);
    await assert.rejects(readCaseInOneTrip(db, id, [db('cases').where('id', randomUUID()).select('id')]), /binds/);
  });
});
