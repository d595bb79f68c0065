import { FACT_TABLES, rebuildStatistics } from '../../statistics/facts/facts-repo';
import assert from 'node:assert/strict';
import { verifyCaseChain } from '../../db/records-repo';
import { runRetention, type HistoryEraser } from '../../privacy/retention-run';
import { retentionDue } from '../../privacy/retention-due';
import { eventually, registration } from '../support/fixtures';
import { refusedCase } from '../support/refused-case';
import { startTestStack, type TestStack } from '../support/stack';

const NAME = 'Shredtestova';

// Issue 11, item 2: when a retention rule ends, the person's key is destroyed.
describe('retention by crypto-shredding: personal data sealed per person, unreadable once the rule ends', function () {
  this.timeout(180_000);
  let stack: TestStack;
  let eraser: HistoryEraser;

  before(async () => {
    stack = await startTestStack();
    eraser = { namespace: 'default', workflowService: stack.client.workflowService };
  });
  after(async () => {
    await stack?.stop();
  });

  /** Every place PostgreSQL could hold the name in clear. */
  async function nameInClear(caseId: string): Promise<string[]> {
    const places: string[] = [];
    for (const [table, column] of [['records', 'case_id'], ['persons', 'case_id'], ['cases', 'id'], ['escalations', 'case_id'], ['tasks', 'case_id']]) {
      const hit = await stack.db(table).where(column, caseId).whereRaw(`${table}::text like ?`, [`%${NAME}%`]).first();
      if (hit) places.push(table);
    }
    return places;
  }

  /** The statistics rows of a case, table by table. */
  async function statisticsOf(caseId: string): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const table of FACT_TABLES) out[table] = (await stack.db(table).where({ case_id: caseId })).map((r) => JSON.stringify(r)).sort();
    return out;
  }

  it('stores the names, birth dates, places and summary sealed; reads them opened; after a refusal and its 5 years, destroys the keys: the chain still verifies, the fields read as removed, sex and the register stay, the Temporal histories are gone, the statistics unchanged', async () => {
    const body = {
      ...registration(new Date(Date.now() - 3_600_000).toISOString(), [{ lastName: NAME }]),
      summary: `Synthetic report: ${NAME} says her bicycle was taken from the courtyard.`,
      victims: [{ lastName: `${NAME}-Victim`, firstName: 'Aigul', sex: 'female', relationshipToSuspect: 'stranger', birthDate: '1985-02-28' }],
    };
    const created = { body: await refusedCase(stack, body, `Synthetic: the bicycle of ${NAME} was borrowed by a neighbour with consent.`) };
    const caseId: string = created.body.id;
    const { decidedAt } = created.body;

    // Sealed where stored, opened where read.
    assert.deepEqual(await nameInClear(caseId), []);
    const stored = await stack.db('persons').where({ case_id: caseId }).orderBy('ordinal');
    assert.ok(stored.every((p) => p.last_name.startsWith('pd1.') && p.birth_date.startsWith('pd1.')));
    const before = (await stack.api(`/api/cases/${caseId}`)).body;
    assert.deepEqual(before.persons.map((p: any) => [p.lastName, p.birthDate, p.sex]), [[NAME, '1990-05-17', 'male'], [`${NAME}-Victim`, '1985-02-28', 'female']]);
    assert.match(before.summary, new RegExp(NAME));
    const records = (await stack.api(`/api/cases/${caseId}/records`)).body.items;
    assert.equal(records[0].data.suspects[0].lastName, NAME);

    // The statistics facts of the case, to compare after the destruction (and after a rebuild).
    await eventually(async () => (await stack.db('stat_deadlines').where({ case_id: caseId, limit_id: 'check.decide', status: 'met' }).first()) ?? false, 'the workflow at rest');
    const statsBefore = await statisticsOf(caseId);
    assert.equal(statsBefore.stat_persons!.length, 2);

    // Refused on a Bishkek day D: the 5 years end on D + 5 years; the keys go the day after.
    const day = new Date(Date.parse(decidedAt) + 6 * 3_600_000).toISOString().slice(0, 10);
    const endsOn = `${Number(day.slice(0, 4)) + 5}${day.slice(4)}`;
    const lastDay = new Date(`${endsOn}T23:59:00+06:00`);
    assert.deepEqual((await runRetention(stack.db, lastDay, eraser)).destroyed.filter((d) => d.caseId === caseId), []);
    const dayAfter = new Date(`${endsOn}T23:59:00+06:00`);
    dayAfter.setUTCMinutes(dayAfter.getUTCMinutes() + 2);
    const report = await runRetention(stack.db, dayAfter, eraser);
    const mine = report.destroyed.filter((d) => d.caseId === caseId);
    assert.deepEqual(mine.map((d) => [d.subject, d.outcome, d.endsOn]).sort(), [['case', 'report-refused', endsOn], ['person', 'report-refused', endsOn], ['person', 'report-refused', endsOn]]);
    assert.ok(report.historiesDeleted >= 1);

    // The chain, computed over the sealed form, verifies; the personal fields read as removed.
    assert.deepEqual(await verifyCaseChain(stack.db, caseId), { valid: true, count: records.length, brokenAtSeq: null });
    const after = (await stack.api(`/api/cases/${caseId}`)).body;
    assert.deepEqual(after.persons.map((p: any) => [p.lastName, p.firstName, p.birthDate, p.sex, p.role]), [[null, null, null, 'male', 'suspect'], [null, null, null, 'female', 'victim']]);
    assert.equal(after.summary, null);
    assert.equal(after.registerNumber, created.body.registerNumber);
    assert.equal(after.gravity, before.gravity);
    const afterRecords = (await stack.api(`/api/cases/${caseId}/records`)).body.items;
    assert.equal(afterRecords[0].data.suspects[0].lastName, null);
    assert.equal(afterRecords[0].data.suspects[0].sex, 'male');
    assert.ok(afterRecords[0].removed.includes('/suspects/0/lastName') && afterRecords[0].removed.includes('/summary'), afterRecords[0].removed.join(' '));
    const refusal = afterRecords.find((r: any) => r.recordType === 'check-decision');
    assert.equal(refusal.data.reasons, null);
    assert.equal(refusal.data.decision, 'refuse-to-open');
    // The statistics keep their non-identifying facts: unchanged, and unchanged by a rebuild.
    assert.deepEqual(await statisticsOf(caseId), statsBefore);
    await rebuildStatistics(stack.db);
    assert.deepEqual(await statisticsOf(caseId), statsBefore, 'a rebuild leaves the facts of a shredded case as they were');
    // Nothing more is recorded about data that no longer exists: 409 before any workflow is asked.
    const correction = await stack.api(`/api/cases/${caseId}/corrections`, { method: 'POST', body: { correctsSeq: 1, path: '/gravity', value: 'grave', reason: 'Synthetic correction.' } });
    assert.deepEqual([correction.status, correction.body.code], [409, 'personal-data-removed']);
    const joining = await stack.api(`/api/cases/${caseId}/participants`, { method: 'POST', body: { lastName: 'Late', firstName: 'Synthetic', role: 'victim', sex: 'male' } });
    assert.deepEqual([joining.status, joining.body.code], [409, 'personal-data-removed']);
    // Each destruction recorded, append-only; the Temporal history of the case is gone.
    const logged = await stack.db('admin_changes').where({ entity: 'personal-data', action: 'destroyed' }).whereIn('entity_id', mine.map((d) => d.keyId));
    assert.equal(logged.length, 3);
    // Temporal deletes a history asynchronously once asked to.
    await eventually(() => stack.client.workflow.getHandle(created.body.workflowId).describe().then(() => false, (e) => /not found/i.test(String(e))), 'the case history deleted', 90_000);
    assert.equal((await stack.db('admin_changes').where({ entity: 'temporal-history', action: 'deleted', entity_id: caseId })).length, 1);
    // Again: nothing more to destroy, nothing recorded twice.
    assert.deepEqual((await runRetention(stack.db, dayAfter, eraser)).destroyed.filter((d) => d.caseId === caseId), []);
  });

  it('when Temporal cannot delete the histories, the keys still go and the deletion is tried again at the next run', async () => {
    const caseId = (await refusedCase(stack, registration(new Date(Date.now() - 3_600_000).toISOString(), [{ lastName: `${NAME}-Two` }]))).id;
    const later = new Date(Date.now() + 6 * 366 * 86_400_000);
    const down: HistoryEraser = {
      namespace: 'default',
      workflowService: {
        listWorkflowExecutions: () => Promise.reject(new Error('14 UNAVAILABLE: Temporal is down')),
        deleteWorkflowExecution: () => Promise.reject(new Error('14 UNAVAILABLE: Temporal is down')),
      } as unknown as HistoryEraser['workflowService'],
    };
    const first = await runRetention(stack.db, later, down);
    assert.equal(first.destroyed.filter((d) => d.caseId === caseId).length, 2, 'the suspect\'s key and the case key');
    assert.deepEqual(first.historiesFailed.filter((f) => f.caseId === caseId).map((f) => f.error), ['14 UNAVAILABLE: Temporal is down']);
    assert.equal((await stack.db('admin_changes').where({ entity: 'temporal-history', entity_id: caseId })).length, 0);
    const second = await runRetention(stack.db, later, eraser);
    assert.deepEqual(second.destroyed.filter((d) => d.caseId === caseId), []);
    assert.deepEqual(second.historiesFailed, []);
    assert.ok(second.historiesDeleted >= 1);
    assert.equal((await stack.db('admin_changes').where({ entity: 'temporal-history', action: 'deleted', entity_id: caseId })).length, 1);
  });

  it('legal staff set the periods (audited); others may read them, not set them; a bad period is 422 and changes nothing', async () => {
    const rules = await stack.api('/api/retention-rules', { user: 'analyst1' });
    assert.equal(rules.status, 200);
    assert.deepEqual(rules.body.items.map((r: any) => r.outcome), ['report-refused', 'case-terminated', 'acquittal', 'sentence-served']);
    assert.equal((await stack.api('/api/retention-rules/acquittal', { method: 'PUT', body: { years: 7 }, user: 'analyst1' })).status, 403);
    const bad = await stack.api('/api/retention-rules/acquittal', { method: 'PUT', body: { years: 0 }, user: 'legal1' });
    assert.equal(bad.status, 422);
    assert.equal(bad.body.errors[0].path, '/years');
    assert.equal((await stack.api('/api/retention-rules/forever', { method: 'PUT', body: { years: 5 }, user: 'legal1' })).status, 422);
    const set = await stack.api('/api/retention-rules/acquittal', { method: 'PUT', body: { years: 7 }, user: 'legal1' });
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(set.body.years, 7);
    assert.equal(set.body.updatedBy, 'legal1');
    const audited = await stack.db('admin_changes').where({ entity: 'retention-rule', entity_id: 'acquittal' }).orderBy('id', 'desc').first();
    assert.deepEqual([audited.before, audited.after], [{ years: 5 }, { years: 7 }]);
    await stack.api('/api/retention-rules/acquittal', { method: 'PUT', body: { years: 5 }, user: 'legal1' });
  });
});

describe('retention periods at their edges (pure)', () => {
  const rules = new Map([['acquittal', 5], ['sentence-served', 8], ['report-refused', 5], ['case-terminated', 5]]);
  const P1 = 'person-1';
  const P2 = 'person-2';
  const acquitted = (personId: string, on: string) => [
    { recordType: 'verdict', data: { personId, outcome: 'acquittal' } },
    { recordType: 'entry-into-force', data: { personId, enteredIntoForceOn: on } },
  ];

  it('an acquittal in force on 29 February 2028 ends on 28 February 2033; the key goes on 1 March, not before', () => {
    const acts = acquitted(P1, '2028-02-29');
    assert.deepEqual(retentionDue('case', [P1], acts, rules, new Date('2033-02-28T23:59:00+06:00')), []);
    const due = retentionDue('case', [P1], acts, rules, new Date('2033-03-01T00:00:00+06:00'));
    assert.deepEqual(due.map((d) => [d.keyId, d.endsOn]), [[P1, '2033-02-28'], ['case', '2033-02-28']]);
  });

  it('one of two co-accused acquitted: only their key; the case key waits for the other', () => {
    const acts = [...acquitted(P1, '2027-01-31'), { recordType: 'verdict', data: { personId: P2, outcome: 'conviction', termMonths: 36 } }, { recordType: 'entry-into-force', data: { personId: P2, enteredIntoForceOn: '2027-01-31' } }];
    const in2032 = retentionDue('case', [P1, P2], acts, rules, new Date('2032-02-01T12:00:00+06:00'));
    assert.deepEqual(in2032.map((d) => d.keyId), [P1]);
    // The conviction: 36 months served, then 8 years: 31 January 2038; due from 1 February 2038.
    const in2038 = retentionDue('case', [P1, P2], acts, rules, new Date('2038-02-01T00:10:00+06:00'));
    assert.deepEqual(in2038.map((d) => [d.keyId, d.outcome, d.endsOn]), [[P1, 'acquittal', '2032-01-31'], [P2, 'sentence-served', '2038-01-31'], ['case', 'sentence-served', '2038-01-31']]);
  });

  it('a refusal decided at 23:30 Bishkek time counts from that Bishkek day, not the UTC one', () => {
    const acts = [{ recordType: 'check-decision', data: { decision: 'refuse-to-open', decidedAt: '2026-12-04T23:30:00+06:00' } }];
    assert.equal(retentionDue('case', [P1], acts, rules, new Date('2031-12-05T00:00:00+06:00'))[0]?.endsOn, '2031-12-04');
  });

  it('no outcome, no destruction: an open case keeps its data', () => {
    assert.deepEqual(retentionDue('case', [P1], [{ recordType: 'verdict', data: { personId: P1, outcome: 'acquittal' } }], rules, new Date('2099-01-01')), []);
  });
});
