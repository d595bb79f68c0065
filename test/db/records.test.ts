import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { createDb } from '../../db/knex';
import { appendRecord, verifyCaseChain } from '../../db/records-repo';
import { canonicalJson } from '../../db/hash-chain';
import { testDatabase } from '../support/engines';

describe('records: append-only, idempotent, hash-chained (PostgreSQL)', function () {
  this.timeout(60_000);
  let db: Knex;
  let owner: Knex;
  let actorId: string;

  before(async () => {
    let ownerUrl: string;
    ({ db, ownerUrl } = await testDatabase());
    owner = createDb(ownerUrl, 1);
    actorId = (await db('users').where({ username: 'officer1' }).first('id')).id;
  });

  after(() => owner.destroy());

  async function newCase(): Promise<string> {
    const id = randomUUID();
    const unit = await db('units').where({ code: 'BSK-01' }).first('id');
    await db('cases').insert({
      id, register_number: `TEST-${id}`, workflow_id: `wf-${id}`, unit_id: unit.id, source: 'written-statement',
      summary: 'Synthetic', crime_article: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek',
      received_at: new Date(), registered_by: actorId, registered_at: new Date(),
    });
    return id;
  }

  const append = (caseId: string, key: string, data: Record<string, unknown> = { n: key }) =>
    db.transaction((trx) => appendRecord(trx, {
      caseId, idempotencyKey: key, recordType: 'release', schemaVersion: 1, data, actorId, taskId: null, recordedAt: new Date(),
    }));

  it('chains records: seq from 1, each prevHash the previous hash, verified', async () => {
    const caseId = await newCase();
    const a = await append(caseId, `${caseId}/1`);
    const b = await append(caseId, `${caseId}/2`, { nested: { z: 1, a: [1, 'x'] }, ключ: 'значение' });
    assert.equal(a.record.seq, 1);
    assert.equal(b.record.prevHash, a.record.hash);
    assert.deepEqual(await verifyCaseChain(db, caseId), { valid: true, count: 2, brokenAtSeq: null });
  });

  it('the same idempotency key returns the first record and writes nothing', async () => {
    const caseId = await newCase();
    const first = await append(caseId, `${caseId}/x`);
    const again = await append(caseId, `${caseId}/x`, { different: true });
    assert.equal(again.created, false);
    assert.equal(again.record.id, first.record.id);
    assert.equal((await db('records').where({ case_id: caseId })).length, 1);
  });

  it('concurrent appends to one case take turns: contiguous seq, valid chain', async () => {
    const caseId = await newCase();
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(caseId, `${caseId}/c${i}`)));
    const seqs = (await db('records').where({ case_id: caseId }).orderBy('seq')).map((r) => r.seq);
    assert.deepEqual(seqs, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.equal((await verifyCaseChain(db, caseId)).valid, true);
  });

  it('PostgreSQL refuses UPDATE, DELETE and TRUNCATE of records even to the schema owner (the trigger)', async () => {
    const caseId = await newCase();
    await append(caseId, `${caseId}/1`);
    await assert.rejects(owner('records').where({ case_id: caseId }).update({ data: { forged: true } }), /append-only/);
    await assert.rejects(owner('records').where({ case_id: caseId }).del(), /append-only/);
    await assert.rejects(owner.raw('truncate records cascade'), /append-only/);
  });

  it('the verifier finds a record altered behind the trigger (by the owner disabling it)', async () => {
    const caseId = await newCase();
    await append(caseId, `${caseId}/1`);
    await append(caseId, `${caseId}/2`);
    await owner.transaction(async (trx) => {
      await trx.raw('alter table records disable trigger records_append_only');
      await trx('records').where({ case_id: caseId, seq: 2 }).update({ data: { n: 'forged' } });
      await trx.raw('alter table records enable trigger records_append_only');
    });
    assert.deepEqual(await verifyCaseChain(db, caseId), { valid: false, count: 2, brokenAtSeq: 2 });
  });

  it('canonical JSON sorts keys at every depth', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: null } }), '{"a":{"c":null,"d":[2,{"x":2,"y":1}]},"b":1}');
  });
});
