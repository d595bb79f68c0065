import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import { FACT_TABLES, rebuildStatistics } from '../../statistics/facts/facts-repo';
import { eventually, registration } from '../support/fixtures';
import { refusedCase } from '../support/refused-case';
import { startTestStack, type TestStack } from '../support/stack';

/** Every fact row of some cases, table by table, in a stable order. */
async function factsOf(db: Knex, caseIds: string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of FACT_TABLES) {
    out[table] = (await db(table).whereIn('case_id', caseIds).select('*')).map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

describe('statistics facts: projected with the records, rebuilt from them alike', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  it('a detained suspect with a victim, and a refused report: the facts the workflow steps wrote equal those `icj stats rebuild` computes', async () => {
    const hour = 3_600_000;
    const body = registration(new Date(Date.now() - 3 * hour).toISOString(), [{ detainedAt: new Date(Date.now() - 4 * hour).toISOString() }]);
    const withVictim = { ...body, victims: [{ lastName: 'Testova', firstName: 'Aida', birthDate: '1995-02-03', sex: 'female', relationshipToSuspect: 'intimate-partner' }] };
    const held = await stack.api('/api/cases', { method: 'POST', body: withVictim });
    assert.equal(held.status, 201, JSON.stringify(held.body));
    const refused = await refusedCase(stack, registration(new Date(Date.now() - 2 * hour).toISOString(), []));
    const ids = [held.body.id, refused.id];
    // Incrementally: the registration record's step wrote the case's facts, the detention limit's step its deadline.
    await eventually(async () => (await stack.db('stat_deadlines').where({ case_id: held.body.id, limit_id: 'detention.max' }).first()) ?? false, 'the detention limit in the facts');
    await eventually(async () => (await stack.db('stat_cases').where({ case_id: refused.id, check_outcome: 'refused' }).first()) ?? false, 'the refusal in the facts');
    // ...and the step after it, which closed the 10-day check as met: the workflows are at rest.
    await eventually(async () => (await stack.db('stat_deadlines').where({ case_id: refused.id, limit_id: 'check.decide', status: 'met' }).first()) ?? false, 'the check closed in the facts');
    const incremental = await factsOf(stack.db, ids);

    const kase = await stack.db('stat_cases').where({ case_id: held.body.id }).first();
    assert.deepEqual([kase.suspects, kase.victims, kase.detained, kase.region, kase.check_outcome], [1, 1, 1, 'bishkek', null]);
    const persons = await stack.db('stat_persons').where({ case_id: held.body.id }).orderBy('ordinal');
    assert.deepEqual(persons.map((p) => [p.role, p.sex, p.age_band, p.is_child, p.relationship_to_suspect]), [
      ['suspect', 'male', '30-39', false, null], ['victim', 'female', '30-39', false, 'intimate-partner'],
    ]);
    const detention = await stack.db('stat_deprivations').where({ case_id: held.body.id, kind: 'detention' }).first();
    assert.equal(detention.limit_met, null, 'running: neither met nor expired');
    assert.equal(new Date(detention.due_at).getTime() - new Date(detention.started_at).getTime(), 48 * hour);
    for (const table of FACT_TABLES) {
      const columns = Object.keys((await stack.db(table).first()) ?? {});
      assert.ok(!columns.some((c) => /name|birth|place|summary/.test(c)), `${table} holds no identifying column: ${columns.join(', ')}`);
    }

    await stack.db('stat_cases').whereIn('case_id', ids).update({ region: 'tampered' });
    const report = await rebuildStatistics(stack.db, { batch: 7 });
    assert.ok(report.cases >= 2 && report.records >= 3, JSON.stringify(report));
    assert.deepEqual(await factsOf(stack.db, ids), incremental);
  });
});
