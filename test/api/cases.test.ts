import assert from 'node:assert/strict';
import { startTestStack, type TestStack } from '../support/stack';
import { custodyMotion, demoPerformer, eventually, registration } from '../support/fixtures';

const HOUR = 3_600_000;

describe('API: registering reports and the detention slice, against PostgreSQL and the Temporal dev server', function () {
  this.timeout(120_000);
  let stack: TestStack;

  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  const detainedHoursAgo = (h: number) => new Date(Date.now() - h * HOUR).toISOString();

  async function register(body = registration(detainedHoursAgo(2), [{ detainedAt: detainedHoursAgo(2) }]), user = 'officer1') {
    const res = await stack.api('/api/cases', { method: 'POST', body, user });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; registerNumber: string; workflowId: string };
  }

  const detentionDeadline = async (caseId: string) =>
    (await stack.api(`/api/cases/${caseId}`)).body.deadlines.find((d: any) => d.limitId === 'detention.max');

  async function openTask(caseId: string, recordType: string, user = 'officer1') {
    return eventually(async () => {
      const res = await stack.api('/api/tasks', { user });
      return res.body.items.find((t: any) => t.caseId === caseId && t.recordType === recordType);
    }, `the ${recordType} task`);
  }

  /** CPC 106(3), 114: the judge decides on the investigator's motion, which comes first. */
  async function fileMotion(caseId: string) {
    const task = await openTask(caseId, 'measure-motion');
    const res = await stack.api(`/api/tasks/${task.id}/complete`, { method: 'POST', body: { data: custodyMotion(new Date().toISOString()) } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }

  it('registers a report: 201 with a register number, the registration record written by the workflow, the chain valid', async () => {
    const kase = await register();
    assert.match(kase.registerNumber, /^BSK-01-\d{4}-\d{6}$/);
    assert.equal(kase.workflowId, `case-${kase.registerNumber}`);
    const records = await eventually(async () => {
      const res = await stack.api(`/api/cases/${kase.id}/records`);
      return res.body.items.length === 1 ? res.body.items : undefined;
    }, 'the registration record');
    assert.equal(records[0].recordType, 'report-registration');
    assert.equal(records[0].seq, 1);
    assert.equal(records[0].prevHash, null);
    assert.equal(records[0].actor.username, 'officer1');
    const verdict = await stack.api(`/api/cases/${kase.id}/verify`);
    assert.deepEqual(verdict.body, { valid: true, count: 1, brokenAtSeq: null });
    const detail = await stack.api(`/api/cases/${kase.id}`);
    assert.equal(detail.status, 200);
    await eventually(async () => (await stack.api(`/api/cases/${kase.id}`)).body.stage === 'detention', 'the detention stage');
    assert.equal(detail.body.persons.length, 1);
    // The detention limit among the case's deadlines (the procedure's other acts have their own).
    const deadline = await eventually(async () => detentionDeadline(kase.id), 'the deadline');
    assert.equal(deadline.limitId, 'detention.max');
    assert.equal(Date.parse(deadline.dueAt) - Date.parse(detail.body.persons[0].detainedAt), 48 * HOUR);
    // Search attributes keep the case findable with a stock Temporal client.
    const desc = await stack.client.workflow.getHandle(kase.workflowId).describe();
    assert.deepEqual(desc.searchAttributes.IcjRegisterNumber, [kase.registerNumber]);
    // Where the case stands in its diagram: the call activity of the detained person is active,
    // and inside that person's instance, the decision task.
    const progress = await eventually(async () => {
      const res = await stack.api(`/api/cases/${kase.id}/progress`);
      return res.body.instances?.length === 1 ? res.body : undefined;
    }, 'the progress of the detention instance');
    assert.deepEqual(progress.procedure.key, 'CriminalCase');
    assert.ok(progress.active.includes('EachDetainedPerson'), progress.active.join());
    assert.ok(progress.done.includes('ReportRegistered'));
    assert.ok(progress.instances[0].active.includes('RecordDecision'), progress.instances[0].active.join());
    const child = await stack.client.workflow.getHandle(progress.instances[0].workflowId).describe();
    assert.deepEqual(child.searchAttributes.IcjRegisterNumber, [kase.registerNumber], "the person's instance is found by the register number");
    assert.equal((await stack.api(`/api/cases/${kase.id}/progress`, { user: 'officer2' })).status, 404);
  });

  it('rejects an invalid report with 422 listing every error, and writes nothing', async () => {
    const before = await stack.db('cases').count('* as n').first();
    const body = registration(detainedHoursAgo(1), [{ detainedAt: detainedHoursAgo(1) }]) as any;
    body.gravity = 'terrible';
    delete body.suspects[0].detainedAt; // detained without the moment of detention
    body.crimeArticle = '122';
    const res = await stack.api('/api/cases', { method: 'POST', body });
    assert.equal(res.status, 422);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    const paths = res.body.errors.map((e: any) => e.path).sort();
    assert.deepEqual(paths, ['/crimeArticle', '/gravity', '/suspects/0/detainedAt']);
    const after = await stack.db('cases').count('* as n').first();
    assert.equal(after!.n, before!.n);
  });

  it('rejects a detention in the future (422) and malformed JSON (400), writing nothing', async () => {
    const future = new Date(Date.now() + 2 * HOUR).toISOString();
    const res = await stack.api('/api/cases', { method: 'POST', body: registration(detainedHoursAgo(1), [{ detainedAt: future }]) });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: any) => [e.path, e.code]), [['/suspects/0/detainedAt', 'in-future']]);
    const bad = await stack.api('/api/cases', { method: 'POST', rawBody: '{"receivedAt": ' });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.title, 'Malformed JSON');
  });

  it('completes the custody decision through the workflow update: record appended, deadline met, chain valid', async () => {
    const kase = await register();
    await fileMotion(kase.id);
    const task = await openTask(kase.id, 'measure-decision');
    const claimed = await stack.api(`/api/tasks/${task.id}/claim`, { method: 'POST', user: 'judge1' });
    assert.equal(claimed.status, 200);
    assert.equal(claimed.body.claimedByName, 'Investigating Judge N. Demo-Leninsky');
    const res = await stack.api(`/api/tasks/${task.id}/complete`, {
      method: 'POST', user: 'judge1',
      body: { data: { decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 2', outcome: 'custody', termMonths: 2 } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.record.seq, 3);
    const records = (await stack.api(`/api/cases/${kase.id}/records`)).body.items;
    assert.deepEqual(records.map((r: any) => r.recordType), ['report-registration', 'measure-motion', 'measure-decision']);
    assert.equal(records[2].prevHash, records[1].hash);
    assert.deepEqual((await stack.api(`/api/cases/${kase.id}/verify`)).body, { valid: true, count: 3, brokenAtSeq: null });
    await eventually(async () => (await detentionDeadline(kase.id))?.status === 'met', 'the deadline met');
    const again = await stack.api(`/api/tasks/${task.id}/complete`, {
      method: 'POST', user: 'judge1', body: { data: { decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 2', outcome: 'refused' } },
    });
    assert.equal(again.status, 409, 'a completed task cannot be completed twice');
    assert.equal((await stack.api(`/api/cases/${kase.id}/records`)).body.items.length, 3);
  });

  it('rejects invalid task data with 422 and the field errors; nothing is written and the task stays open', async () => {
    const kase = await register();
    await fileMotion(kase.id);
    const task = await openTask(kase.id, 'measure-decision');
    const res = await stack.api(`/api/tasks/${task.id}/complete`, {
      method: 'POST', user: 'judge1', body: { data: { decidedAt: 'tomorrow', court: 'Synthetic District Court No. 2', outcome: 'custody', extra: 1 } },
    });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors.map((e: any) => e.path).sort(), ['/decidedAt', '/extra', '/termMonths']);
    const notWrapped = await stack.api(`/api/tasks/${task.id}/complete`, { method: 'POST', user: 'judge1', body: { decidedAt: 'x' } });
    assert.equal(notWrapped.status, 400);
    assert.equal((await stack.api(`/api/cases/${kase.id}/records`)).body.items.length, 2, 'the registration and the motion');
    assert.equal((await stack.api(`/api/tasks/${task.id}`)).body.status, 'open');
  });

  it('when the decision is not custody, opens the release task', async () => {
    const kase = await register();
    await fileMotion(kase.id);
    const task = await openTask(kase.id, 'measure-decision');
    const res = await stack.api(`/api/tasks/${task.id}/complete`, {
      method: 'POST', user: 'judge1', body: { data: { decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 2', outcome: 'other-measure', measure: 'house-arrest' } },
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const release = await openTask(kase.id, 'release');
    // CPC 100(2): the facility holding the person releases them.
    const done = await stack.api(`/api/tasks/${release.id}/complete`, {
      method: 'POST', user: 'facility1', body: { data: { releasedAt: new Date().toISOString(), grounds: 'custody-refused', certificateNumber: 'REL-0001' } },
    });
    assert.equal(done.status, 200);
    assert.equal(done.body.record.seq, 4);
    // The acts that detention required whatever the outcome: the family told, the record sent to the prosecutor.
    const [person] = (await stack.api(`/api/cases/${kase.id}`)).body.persons;
    const who = { personId: person.id, sex: 'male', ageBand: '30-39', isChild: false };
    const now = new Date().toISOString();
    for (const [recordType, data] of [
      ['notification', { ...who, recipient: 'close-relative', method: 'phone', notifiedAt: now, outcome: 'notified' }],
      ['detention-record-to-prosecutor', { ...who, detainedAt: person.detainedAt, sentAt: now, method: 'register', prosecutorOffice: 'Synthetic district prosecutor' }],
    ] as const) {
      const act = await openTask(kase.id, recordType);
      const answer = await stack.api(`/api/tasks/${act.id}/complete`, { method: 'POST', body: { data } });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
    }
    // Detention is over for the only suspect: the case is back in its pre-investigation check.
    await eventually(async () => (await stack.api(`/api/cases/${kase.id}`)).body.stage === 'pre-investigation', 'the stage to move on');
  });

  it('a detention already older than 48 h at registration escalates at once to the supervisor, who acknowledges it', async () => {
    const kase = await register(registration(detainedHoursAgo(49), [{ detainedAt: detainedHoursAgo(49) }]));
    const escalation = await eventually(async () => {
      const res = await stack.api('/api/escalations?size=500', { user: 'supervisor1' });
      return res.body.items.find((e: any) => e.caseId === kase.id && e.severity === 'expired' && e.limitId === 'detention.max');
    }, 'the expiry escalation');
    assert.equal(escalation.limitId, 'detention.max');
    assert.equal((await stack.api('/api/escalations?size=500', { user: 'officer1' })).status, 403, 'officers do not see the board');
    assert.equal((await stack.api('/api/escalations?size=500', { user: 'prosecutor1' })).body.items.some((e: any) => e.id === escalation.id), true, 'the supervising prosecutor sees it');
    const otherSupervisor = await stack.api('/api/escalations?size=500', { user: 'supervisor2' });
    assert.equal(otherSupervisor.body.items.some((e: any) => e.caseId === kase.id), false, "Osh's supervisor does not see Bishkek's case");
    assert.equal((await stack.api(`/api/escalations/${escalation.id}/acknowledge`, { method: 'POST', user: 'officer1' })).status, 403);
    const ack = await stack.api(`/api/escalations/${escalation.id}/acknowledge`, { method: 'POST', user: 'supervisor1' });
    assert.equal(ack.status, 200);
    assert.equal(ack.body.status, 'acknowledged');
    assert.equal((await stack.api(`/api/escalations/${escalation.id}/acknowledge`, { method: 'POST', user: 'supervisor1' })).status, 409);
    await openTask(kase.id, 'release');
  });

  it('a custody extension past the 1-year cap is refused with 422 and the reason; nothing is recorded (CPC 115(11))', async () => {
    const kase = await register();
    const complete = async (recordType: string, data: Record<string, unknown>) => {
      const task = await openTask(kase.id, recordType);
      return { task, res: await stack.api(`/api/tasks/${task.id}/complete`, { method: 'POST', body: { data }, user: demoPerformer(task.role) }) };
    };
    const now = () => new Date().toISOString();
    await fileMotion(kase.id);
    const custody = await complete('measure-decision', { decidedAt: now(), court: 'Synthetic District Court No. 2', outcome: 'custody', termMonths: 2 });
    assert.equal(custody.res.status, 200, JSON.stringify(custody.res.body));
    const [person] = (await stack.api(`/api/cases/${kase.id}`)).body.persons;
    const who = { personId: person.id, sex: 'male', ageBand: '30-39', isChild: false };
    const motion = () => ({
      ...who, filedAt: now(), court: 'Synthetic District Court No. 2', currentTermExpiresAt: now(), requestedMonths: 2,
      grounds: 'Synthetic: examinations pending.', prosecutorConsent: { consentedAt: now(), prosecutor: 'Prosecutor D. Synthetov' },
    });
    const decision = (months: number) => ({
      ...who, decidedAt: now(), court: 'Synthetic District Court No. 2', outcome: 'extended', extendedByMonths: months, newExpiryDate: now().slice(0, 10),
    });
    for (let n = 1; n <= 5; n++) {
      assert.equal((await complete('custody-extension-motion', motion())).res.status, 200);
      const granted = await complete('custody-extension-decision', decision(2));
      assert.equal(granted.res.status, 200, `extension ${n}: ${JSON.stringify(granted.res.body)}`);
    }
    assert.equal((await complete('custody-extension-motion', motion())).res.status, 200);
    const recordsBefore = (await stack.api(`/api/cases/${kase.id}/records`)).body.items.length;
    const refused = await complete('custody-extension-decision', decision(1));
    assert.equal(refused.res.status, 422, JSON.stringify(refused.res.body));
    assert.equal(refused.res.body.errors[0].code, 'extension-refused');
    assert.match(refused.res.body.errors[0].message, /custody.term cannot be extended: .* past the absolute maximum/);
    assert.equal((await stack.api(`/api/cases/${kase.id}/records`)).body.items.length, recordsBefore, 'nothing recorded');
    assert.equal((await stack.api(`/api/tasks/${refused.task.id}`)).body.status, 'open');
    const term = (await stack.api(`/api/cases/${kase.id}`)).body.deadlines.find((d: any) => d.limitId === 'custody.term' && d.status === 'running');
    const year = new Date(Date.parse(person.detainedAt));
    assert.ok(Date.parse(term.dueAt) - year.getTime() > 364 * 24 * HOUR && Date.parse(term.dueAt) - year.getTime() <= 366 * 24 * HOUR, term.dueAt);
  });

  it('two officers completing the same task at once: one record, one 200, one 409', async () => {
    const kase = await register();
    await fileMotion(kase.id);
    const task = await openTask(kase.id, 'measure-decision');
    const data = { decidedAt: new Date().toISOString(), court: 'Synthetic District Court No. 2', outcome: 'custody', termMonths: 1 };
    const answers = await Promise.all([1, 2].map(() => stack.api(`/api/tasks/${task.id}/complete`, { method: 'POST', body: { data }, user: 'judge1' })));
    assert.deepEqual(answers.map((a) => a.status).sort(), [200, 409]);
    const records = (await stack.api(`/api/cases/${kase.id}/records`)).body.items;
    assert.deepEqual(records.map((r: any) => r.recordType), ['report-registration', 'measure-motion', 'measure-decision']);
  });
});
