import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { verifyCaseChain } from '../../db/records-repo';
import { validateRecord, type RecordType } from '../../law/record-schemas';
import { FACT_TABLES } from '../../statistics/facts/facts-repo';
import { materialise, type CaseScenario } from '../../statistics/synthetic/case-scenario';
import { prng, randomScenario, uuidFrom } from '../../statistics/synthetic/random-scenario';
import { seedStatistics } from '../../statistics/synthetic/seed-statistics';
import { writeMaterialisedCases } from '../../statistics/synthetic/write-cases';
import { completeByApi } from '../ui/complete-by-api';
import { createScratchDatabase, seededDatabase } from '../support/engines';
import { eventually, registration } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/stack';

const HOUR = 3_600_000;

/** A case's fact rows without its ids, table by table; instants of processing (closed_at) kept apart. */
async function factsOf(db: Knex, caseId: string): Promise<Record<string, Array<Record<string, unknown>>>> {
  const out: Record<string, Array<Record<string, unknown>>> = {};
  for (const table of FACT_TABLES) {
    const rows = await db(table).where({ case_id: caseId }).select('*');
    out[table] = rows.map(({ case_id: _c, deadline_id: _d, ...rest }) => rest)
      .sort((a, b) => JSON.stringify([a.limit_id, a.ordinal, a.kind]).localeCompare(JSON.stringify([b.limit_id, b.ordinal, b.kind])));
  }
  return out;
}

/** Equal, but for the instant a step closed a deadline, which is the engine's clock: within 5 s. */
function assertSameFacts(actual: Record<string, Array<Record<string, unknown>>>, expected: Record<string, Array<Record<string, unknown>>>) {
  const split = (facts: typeof actual) => {
    const closed: Array<number | null> = [];
    const rest = Object.fromEntries(Object.entries(facts).map(([t, rows]) => [t, rows.map(({ closed_at, ...r }) => {
      if (t === 'stat_deadlines') closed.push(closed_at ? new Date(closed_at as string).getTime() : null);
      return r;
    })]));
    return { rest, closed };
  };
  const a = split(actual);
  const e = split(expected);
  assert.deepEqual(a.rest, e.rest);
  assert.equal(a.closed.length, e.closed.length);
  a.closed.forEach((t, i) => {
    const want = e.closed[i];
    assert.ok((t === null) === (want === null) && (t === null || Math.abs(t - want!) < 5000), `deadline ${i} closed at ${t} vs ${want}`);
  });
}

describe('the synthetic country', function () {
  this.timeout(180_000);

  it('every record a generated case holds is valid by its schema, in 300 random cases', () => {
    const rnd = prng(7);
    const units = [{ id: randomUUID(), code: 'BSK-01', region: 'bishkek' }, { id: randomUUID(), code: 'OSH-01', region: 'osh-city' }];
    const now = Date.parse('2026-11-30T12:00:00Z');
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const s = randomScenario(rnd, units, (u, y) => `${u.code}-${y}-${String(i + 1).padStart(6, '0')}`, now - 700 * 24 * HOUR, now, now);
      const m = materialise(s, new Date(now).toISOString(), () => uuidFrom(rnd));
      for (const r of m.records) {
        seen.add(r.recordType);
        assert.deepEqual(validateRecord(r.recordType as RecordType, r.data), [], `${r.recordType} of case ${i}: ${JSON.stringify(r.data)}`);
      }
    }
    for (const t of ['report-registration', 'check-decision', 'measure-decision', 'release', 'charge-decision', 'prosecutor-indictment-decision', 'verdict', 'entry-into-force', 'probation-registration', 'probation-report']) {
      assert.ok(seen.has(t), `the country has a ${t}`);
    }
  });

  describe('a generated case and the same case run through the workflows', () => {
    let stack: TestStack;
    before(async () => {
      stack = await startTestStack();
    });
    after(async () => {
      await stack?.stop();
    });

    for (const decision of ['refuse-to-open', 'open-case'] as const) {
      it(`a detained suspect, the check decided (${decision}): the same statistics rows`, async () => {
        const detainedAt = new Date(Date.now() - 4 * HOUR).toISOString();
        const body = registration(new Date(Date.now() - 3 * HOUR).toISOString(), [{ detainedAt }]);
        const real = await stack.api('/api/cases', { method: 'POST', body: { ...body, victims: [{ lastName: 'Testova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'stranger' }] } });
        assert.equal(real.status, 201, JSON.stringify(real.body));
        await eventually(async () => (await stack.db('tasks').where({ case_id: real.body.id, status: 'open' })).length > 0, 'the first tasks');
        const decidedAt = new Date(Date.now() - 60_000).toISOString();
        await completeByApi(stack, real.body.id, 'check-decision', decision === 'refuse-to-open'
          ? { decidedAt, registerNumber: real.body.registerNumber, decision, refusalGrounds: 'no-corpus-delicti', reasons: 'Synthetic refusal.', applicantCopy: 'no-applicant' }
          : { decidedAt, registerNumber: real.body.registerNumber, decision, crimeArticles: ['CC 205(1)'], prosecutorCopySentAt: decidedAt });
        const settled = decision === 'refuse-to-open' ? 'detention.max' : 'investigation.extension-motion';
        await eventually(async () => (await stack.db('stat_deadlines').where({ case_id: real.body.id, limit_id: settled }).whereIn('status', decision === 'refuse-to-open' ? ['cancelled'] : ['running']).first()) ?? false, 'the workflow at rest');
        await new Promise((r) => setTimeout(r, 500));

        const kase = await stack.db('cases').where({ id: real.body.id }).first();
        const check = await stack.db('records').where({ case_id: real.body.id, record_type: 'check-decision' }).first('recorded_at');
        const suspect = body.suspects as Array<{ birthDate: string; sex: 'male' }>;
        const scenario: CaseScenario = {
          id: randomUUID(), registerNumber: `BSK-01-1999-${String(Math.floor(Math.random() * 900_000) + 100_000)}`, unitId: kase.unit_id, region: 'bishkek',
          crimeArticle: 'CC 205(1)', gravity: 'less-grave', receivedAt: body.receivedAt as string, registeredAt: new Date(kase.registered_at).toISOString(),
          suspects: [{ id: randomUUID(), sex: suspect[0]!.sex, birthDate: suspect[0]!.birthDate, detainedAt }],
          victims: [{ id: randomUUID(), sex: 'female', birthDate: null, relationship: 'stranger' }],
          check: { decision, decidedAt, recordedAt: new Date(check.recorded_at).toISOString() },
          detentionEnds: {}, charges: [], review: null, verdicts: [], probation: [],
        };
        const generated = materialise(scenario, new Date().toISOString(), randomUUID);
        await stack.db.transaction((trx) => writeMaterialisedCases(trx, [generated], kase.registered_by, () => 'interior-ministry'));
        assertSameFacts(await factsOf(stack.db, scenario.id), await factsOf(stack.db, real.body.id));
        assert.equal((await verifyCaseChain(stack.db, scenario.id)).valid, true);
      });
    }
  });

  it('icj seed-statistics: 400 cases in bulk on a database of their own, chains valid, numbers continuing the register, facts for every case', async () => {
    const scratch = await createScratchDatabase('seed');
    const db = await seededDatabase(scratch);
    try {
      const report = await seedStatistics(db, { cases: 400, seed: 3, batch: 150, now: new Date('2026-11-30T12:00:00Z') });
      assert.equal(report.cases, 400);
      assert.ok(report.records > 1200, `${report.records} records`);
      assert.equal(Number((await db('stat_cases').count('* as n').first())!.n), 400);
      for (const c of await db('cases').orderBy('register_number').limit(10).select('id')) assert.equal((await verifyCaseChain(db, c.id)).valid, true);
      const counters = await db('register_counters').sum('value as n').first();
      assert.equal(Number(counters!.n), 400);
      const names = await db('persons').limit(5).pluck('last_name');
      assert.ok(names.every((n: string) => n.startsWith('pd1.')), 'names are sealed, as for real cases');
      const regions = await db('stat_cases').groupBy('region').select('region').count('* as n');
      assert.ok(regions.length >= 2, 'more than one region');
    } finally {
      await db.destroy();
      await scratch.drop();
    }
  });
});
