import assert from 'node:assert/strict';
import { actShape } from '../../casefile/schema-annotations';
import { recordSchema } from '../../law/record-schemas';
import { startTestStack, type TestStack } from '../support/stack';
import { custodyMotion, demoPerformer, eventually, registration } from '../support/fixtures';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';

describe('API: the case file, every record consistent with its case (the reproductions of issue 8)', function () {
  this.timeout(180_000);
  let stack: TestStack;

  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

  async function register(body: Record<string, unknown> = registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }])) {
    const res = await stack.api('/api/cases', { method: 'POST', body });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body as { id: string; registerNumber: string; workflowId: string };
  }
  const openTask = (caseId: string, recordType: string) => eventually(async () => {
    const res = await stack.api('/api/tasks');
    return res.body.items.find((t: any) => t.caseId === caseId && t.recordType === recordType && t.status === 'open');
  }, `the ${recordType} task`);
  // By the demo user who performs the task's role (the judge decides on the motion, the investigator charges).
  const complete = async (taskId: string, data: Record<string, unknown>, user?: string) =>
    stack.api(`/api/tasks/${taskId}/complete`, { method: 'POST', body: { data }, user: user ?? demoPerformer((await stack.db('tasks').where({ id: taskId }).first()).role) });
  const recordCount = async (caseId: string) => (await stack.api(`/api/cases/${caseId}/records`)).body.items.length;
  const deadline = async (caseId: string, limitId: string) =>
    (await stack.api(`/api/cases/${caseId}`)).body.deadlines.find((d: any) => d.limitId === limitId && d.status === 'running');
  const toProsecutor = () => ({ sentAt: ago(MINUTE), method: 'register', prosecutorOffice: 'Synthetic district prosecutor' });

  /** Expects a 422 naming these [path, code] pairs, nothing written, the task still open. */
  async function refused(kase: { id: string }, task: { id: string }, data: Record<string, unknown>, expected: Array<[string, string]>) {
    const before = await recordCount(kase.id);
    const res = await complete(task.id, data);
    assert.equal(res.status, 422, JSON.stringify(res.body));
    assert.deepEqual(res.body.errors.map((e: any) => [e.path, e.code]), expected, JSON.stringify(res.body.errors));
    assert.equal(await recordCount(kase.id), before, 'nothing written');
    assert.equal((await stack.api(`/api/tasks/${task.id}`)).body.status, 'open');
    return res.body;
  }

  it('the form of a task knows the case: its person by name, the facts read-only, no id to type', async () => {
    const kase = await register({ ...registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR), lastName: 'Testov' }]),
      victims: [{ lastName: 'Victimova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'intimate-partner', birthDate: '1995-04-02' }] });
    const task = await openTask(kase.id, 'detention-record-to-prosecutor');
    const detail = (await stack.api(`/api/tasks/${task.id}`)).body;
    const suspect = detail.form.persons.find((p: any) => p.roles.includes('suspect'));
    assert.equal(detail.form.taskPersonId, suspect.id);
    assert.equal(suspect.label, 'Testov A.');
    assert.deepEqual(detail.form.persons.map((p: any) => p.roles), [['suspect'], ['victim']]);
    assert.deepEqual([suspect.sex, suspect.ageBand, suspect.isChild], ['male', '30-39', false]);
    // The officer types only what the case does not know.
    const res = await complete(task.id, toProsecutor());
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const record = (await stack.api(`/api/cases/${kase.id}/records`)).body.items[1];
    assert.equal(record.data.personId, suspect.id);
    assert.equal(record.data.sex, 'male');
    assert.equal(Date.parse(record.data.detainedAt), Date.parse(suspect.detainedAt));
    const persons = (await stack.api(`/api/cases/${kase.id}`)).body.persons;
    assert.deepEqual(persons.map((p: any) => [p.label, p.role, p.relationshipToSuspect]), [['Testov A.', 'suspect', null], ['Victimova A.', 'victim', 'intimate-partner']]);
  });

  it('refuses a person who is not of the case, a future and a different detention moment, a sending before the detention and a contradicting sex', async () => {
    const kase = await register();
    const task = await openTask(kase.id, 'detention-record-to-prosecutor');
    await refused(kase, task, { ...toProsecutor(), personId: '99999999-9999-4999-8999-999999999999' }, [['/personId', 'person-not-in-case']]);
    const victim = await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: { role: 'victim', lastName: 'Victimova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'stranger', addedAt: ago(MINUTE) } });
    await refused(kase, task, { ...toProsecutor(), personId: victim.body.personId }, [['/personId', 'not-task-person']]);
    await refused(kase, task, { ...toProsecutor(), detainedAt: new Date(Date.now() + 24 * HOUR).toISOString() }, [['/detainedAt', 'contradicts-case'], ['/detainedAt', 'in-future']]);
    const before = await refused(kase, task, { ...toProsecutor(), sentAt: ago(5 * HOUR) }, [['/sentAt', 'before-fact']]);
    assert.equal(before.errors[0].params.fact, 'person.detainedAt');
    const sex = await refused(kase, task, { ...toProsecutor(), sex: 'female' }, [['/sex', 'contradicts-case']]);
    assert.deepEqual([sex.errors[0].params.fact, sex.errors[0].params.expected], ['person.sex', 'male']);
    assert.equal(sex.code, 'case-invariant');
    assert.equal((await complete(task.id, toProsecutor())).status, 200, 'the same task, right this time');
  });

  it('refuses a charge naming the victim (role-not-eligible); the suspect is charged and becomes accused', async () => {
    const kase = await register({ ...registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }]),
      victims: [{ lastName: 'Victimova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'acquaintance' }] });
    const check = await openTask(kase.id, 'check-decision');
    assert.equal((await complete(check.id, { decidedAt: ago(10 * MINUTE), decision: 'open-case', crimeArticles: ['CC 205(1)'] })).status, 200);
    const chargeTask = await openTask(kase.id, 'charge-decision');
    const [suspect, victim] = (await stack.api(`/api/cases/${kase.id}`)).body.persons;
    const charge = { chargedAt: ago(MINUTE), crimeArticles: ['CC 205(1)'], gravity: 'less-grave', chargeSummary: 'Synthetic charge summary text.', presentation: 'presented', presentedAt: ago(MINUTE) };
    const body = await refused(kase, chargeTask, { ...charge, personId: victim.id }, [['/personId', 'role-not-eligible']]);
    assert.deepEqual([body.errors[0].params.roles, body.errors[0].params.eligible], [['victim'], ['suspect', 'accused']]);
    assert.equal((await complete(chargeTask.id, { ...charge, personId: suspect.id })).status, 200);
    const roles = (await stack.api(`/api/cases/${kase.id}`)).body.persons[0].roles.map((r: any) => [r.role, r.until === undefined]);
    assert.deepEqual(roles, [['suspect', false], ['accused', true]]);
  });

  it('the investigating judge sees the decision task from the motion on (CPC 106(3)); the decision then needs that motion', async () => {
    const kase = await register();
    const decision = await openTask(kase.id, 'measure-decision');
    const early = await complete(decision.id, { decidedAt: ago(MINUTE), court: 'Synthetic District Court', outcome: 'custody', termMonths: 2 });
    assert.equal(early.status, 404, 'no motion has reached the court: the case is not before the judge');
    assert.equal((await stack.api(`/api/cases/${kase.id}`, { user: 'judge1' })).status, 404);
    assert.ok(await deadline(kase.id, 'detention.to-court'), 'detention.to-court still running');
    const motion = await openTask(kase.id, 'measure-motion');
    assert.equal((await complete(motion.id, custodyMotion(ago(2 * MINUTE)))).status, 200);
    assert.equal((await complete(decision.id, { decidedAt: ago(MINUTE), court: 'Synthetic District Court', outcome: 'custody', termMonths: 2 })).status, 200);
  });

  it('NUL or a lone surrogate in any free-text field of a registration: 422 at the field, no case, no register number used; the 48-hour clock of the next case runs', async () => {
    const base = () => ({ ...registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }]), victims: [{ lastName: 'Victimova', firstName: 'Aida', sex: 'female', relationshipToSuspect: 'stranger' }] }) as any;
    const first = await register();
    const cases = async () => Number((await stack.db('cases').count('* as n').first())?.n);
    const before = await cases();
    const fields: Array<[string, (b: any, v: string) => void]> = [
      ['/summary', (b, v) => { b.summary = `Synthetic report ${v}`; }],
      ['/place', (b, v) => { b.place = v; }],
      ['/suspects/0/lastName', (b, v) => { b.suspects[0].lastName = v; }],
      ['/suspects/0/firstName', (b, v) => { b.suspects[0].firstName = v; }],
      ['/suspects/0/detentionPlace', (b, v) => { b.suspects[0].detentionPlace = v; }],
      ['/victims/0/lastName', (b, v) => { b.victims[0].lastName = v; }],
      ['/victims/0/firstName', (b, v) => { b.victims[0].firstName = v; }],
    ];
    for (const [path, set] of fields) {
      for (const [text, reason] of [[NUL, 'nul'], [LONE, 'lone-surrogate']]) {
        const body = base();
        set(body, text);
        const res = await stack.api('/api/cases', { method: 'POST', body });
        assert.equal(res.status, 422, `${path} ${reason}: ${res.status} ${JSON.stringify(res.body)}`);
        assert.deepEqual(res.body.errors.filter((e: any) => e.code === 'storableText').map((e: any) => [e.path, e.params.reason]), [[path, reason]]);
      }
    }
    assert.equal(await cases(), before, 'no case stored');
    const next = await register();
    const number = (r: string) => Number(r.slice(-6));
    assert.equal(number(next.registerNumber), number(first.registerNumber) + 1, `${first.registerNumber} then ${next.registerNumber}: no gap`);
    assert.ok(await eventually(() => deadline(next.id, 'detention.max'), 'the 48-hour clock'));
  });

  it('NUL or a lone surrogate in any text field of every open task of a case: 422 at once, the task still open, no workflow left retrying', async () => {
    // Two detainees: the second one's motion is before the court, so the judge's decision task is theirs to try too.
    const kase = await register(registration(ago(3 * HOUR), [{ detainedAt: ago(2 * HOUR) }, { detainedAt: ago(2 * HOUR) }]));
    const [, second] = await stack.db('persons').where({ case_id: kase.id }).orderBy('ordinal');
    const motion: { id: string } = await eventually(() => stack.db('tasks').where({ case_id: kase.id, person_id: second.id, record_type: 'measure-motion', status: 'open' }).first('id'), 'the second motion');
    assert.equal((await complete(motion.id, custodyMotion(ago(MINUTE)))).status, 200);
    const tasks = await eventually(async () => {
      const items = (await stack.api('/api/tasks')).body.items.filter((t: any) => t.caseId === kase.id);
      return items.length >= 7 && items.some((t: any) => t.recordType === 'measure-decision' && t.personId === second.id) ? items : undefined;
    }, 'the open tasks');
    let tried = 0;
    for (const task of tasks) {
      for (const pointer of textFields(task.recordType)) {
        for (const text of [NUL, LONE]) {
          const started = Date.now();
          const res = await complete(task.id, { [pointer.slice(1)]: text });
          assert.equal(res.status, 422, `${task.recordType}${pointer}: ${res.status}`);
          assert.ok(res.body.errors.some((e: any) => e.path === pointer && e.code === 'storableText'), `${task.recordType}${pointer}: ${JSON.stringify(res.body.errors)}`);
          assert.ok(Date.now() - started < 5_000, 'answered at once');
          tried++;
        }
      }
    }
    assert.ok(tried >= 10, `${tried} fields tried`);
    const open = (await stack.api('/api/tasks')).body.items.filter((t: any) => t.caseId === kase.id);
    assert.equal(open.length, tasks.length, 'every task still open');
    assert.equal(await recordCount(kase.id), 2, 'the registration and the motion');
    assert.deepEqual((await stack.api(`/api/cases/${kase.id}`)).body.incidents, []);
  });

  it('NUL in a sign-in and in a diagram: 422, not 500', async () => {
    const login = await stack.api('/api/auth/login', { method: 'POST', body: { username: 'officer1\u0000', password: 'x' }, user: null });
    assert.equal(login.status, 422, JSON.stringify(login.body));
    assert.equal(login.body.errors[0].code, 'storableText');
    const diagram = await stack.api('/api/procedures/CriminalCase/validate', { method: 'POST', body: { xml: `<x>${NUL}</x>` }, user: 'legal1' });
    assert.equal(diagram.status, 422, JSON.stringify(diagram.body));
  });

  it('a victim joins a running case as a recorded act: the name in the persons of the case, not in the chain; a representative must represent a person of the case', async () => {
    const kase = await register();
    const victim = { role: 'victim', lastName: 'Victimova', firstName: 'Bermet', sex: 'female', birthDate: '1996-02-29', relationshipToSuspect: 'family-member', addedAt: ago(MINUTE) };
    const res = await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: victim });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const persons = (await stack.api(`/api/cases/${kase.id}`)).body.persons;
    const added = persons.find((p: any) => p.id === res.body.personId);
    assert.deepEqual([added.label, added.role, added.relationshipToSuspect, added.roles.map((r: any) => r.role)], ['Victimova B.', 'victim', 'family-member', ['victim']]);
    const record = (await stack.api(`/api/cases/${kase.id}/records`)).body.items.at(-1);
    assert.equal(record.recordType, 'participant-added');
    assert.ok(!JSON.stringify(record.data).includes('Victimova'), 'no name in the chain');
    const nobody = await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: {
      role: 'legal-representative', lastName: 'Synthetov', firstName: 'Ruslan', sex: 'male', addedAt: ago(MINUTE), representsPersonId: '99999999-9999-4999-8999-999999999999',
    } });
    assert.deepEqual([nobody.status, nobody.body.errors?.map((e: any) => [e.path, e.code])], [422, [['/representsPersonId', 'person-not-in-case']]]);
    const nul = await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: { ...victim, lastName: NUL } });
    assert.deepEqual([nul.status, nul.body.errors?.[0]?.code], [422, 'storableText']);
    const future = await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: { ...victim, addedAt: new Date(Date.now() + HOUR).toISOString() } });
    assert.deepEqual([future.status, future.body.errors?.map((e: any) => e.code)], [422, ['in-future']]);
    assert.equal((await stack.api(`/api/cases/${kase.id}/participants`, { method: 'POST', body: victim, user: 'analyst1' })).status, 404, 'a case the analyst may not see');
    assert.equal((await stack.api(`/api/cases/${kase.id}`)).body.persons.length, 2);
  });

  it('a corrected sex and place reach the persons, the case and every instance of the case: the next act is filled in and accepted with the corrected sex', async () => {
    const kase = await register();
    await openTask(kase.id, 'detention-record-to-prosecutor');
    const correct = (body: Record<string, unknown>, user = 'officer1') => stack.api(`/api/cases/${kase.id}/corrections`, { method: 'POST', body, user });
    const reason = 'Synthetic: the identity document was read wrongly.';
    assert.equal((await correct({ correctsSeq: 1, path: '/suspects/0/sex', value: 'female', reason })).status, 201);
    assert.equal((await correct({ correctsSeq: 1, path: '/place', value: null, reason })).status, 201, 'an optional value cleared');
    const badPath = await correct({ correctsSeq: 1, path: '', value: 'x', reason });
    assert.deepEqual([badPath.status, badPath.body.errors?.[0]?.path, badPath.body.errors?.[0]?.code], [422, '/path', 'field-not-found']);
    const officerClock = await correct({ correctsSeq: 1, path: '/suspects/0/detainedAt', value: 'not a time', reason });
    assert.deepEqual([officerClock.status, officerClock.body.code], [403, 'supervisor-corrects-clock'], 'who may correct is said first');
    assert.equal((await stack.api(`/api/cases/${kase.id}`)).body.persons[0].sex, 'female');
    const records = (await stack.api(`/api/cases/${kase.id}/records`)).body.items;
    assert.equal('place' in records[0].currentData, false);
    const task = await openTask(kase.id, 'detention-record-to-prosecutor');
    const res = await complete(task.id, toProsecutor());
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal((await stack.api(`/api/cases/${kase.id}/records`)).body.items.at(-1).data.sex, 'female');
  });

  it('a correction of the detention moment to an earlier minute: an amendment in the chain, the 48-hour deadline moved earlier at once, an escalation; officers may not', async () => {
    const kase = await register();
    const running = await eventually(() => deadline(kase.id, 'detention.max'), 'the 48-hour clock');
    const registered = (await stack.api(`/api/cases/${kase.id}/records`)).body.items[0];
    const earlier = new Date(Date.parse(registered.data.suspects[0].detainedAt) - 30 * MINUTE).toISOString();
    const correction = { correctsSeq: 1, path: '/suspects/0/detainedAt', value: earlier, reason: 'Synthetic: the patrol log shows the arrest 30 minutes earlier.' };
    const byOfficer = await stack.api(`/api/cases/${kase.id}/corrections`, { method: 'POST', body: correction });
    assert.equal(byOfficer.status, 403, JSON.stringify(byOfficer.body));
    assert.equal(byOfficer.body.code, 'supervisor-corrects-clock');
    const future = await stack.api(`/api/cases/${kase.id}/corrections`, { method: 'POST', body: { ...correction, value: new Date(Date.now() + HOUR).toISOString() }, user: 'supervisor1' });
    assert.deepEqual([future.status, future.body.errors?.[0]?.path, future.body.errors?.[0]?.code], [422, '/value', 'in-future']);
    const res = await stack.api(`/api/cases/${kase.id}/corrections`, { method: 'POST', body: correction, user: 'supervisor1' });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const moved = await eventually(async () => {
      const d = await deadline(kase.id, 'detention.max');
      return d && Date.parse(d.dueAt) === Date.parse(running.dueAt) - 30 * MINUTE ? d : undefined;
    }, 'the deadline moved 30 minutes earlier');
    assert.equal(Date.parse(moved.anchorAt), Date.parse(earlier));
    const escalation = await eventually(async () => (await stack.api('/api/escalations?size=500', { user: 'supervisor1' })).body.items
      .find((e: any) => e.caseId === kase.id && e.severity === 'alert' && /corrected/.test(e.message)), 'the escalation of the correction');
    assert.equal(escalation.deadlineId, moved.id);
    const records = (await stack.api(`/api/cases/${kase.id}/records`)).body.items;
    assert.deepEqual(records.map((r: any) => r.recordType), ['report-registration', 'amendment']);
    assert.equal(records[0].currentData.suspects[0].detainedAt, earlier);
    assert.equal(records[0].data.suspects[0].detainedAt, registered.data.suspects[0].detainedAt, 'the record as written is untouched');
    assert.deepEqual(records[0].corrections.map((c: any) => [c.seq, c.path, c.newValue]), [[2, '/suspects/0/detainedAt', earlier]]);
    assert.deepEqual((await stack.api(`/api/cases/${kase.id}/verify`)).body, { valid: true, count: 2, brokenAtSeq: null });
    const person = (await stack.api(`/api/cases/${kase.id}`)).body.persons[0];
    assert.equal(Date.parse(person.detainedAt), Date.parse(earlier));
    // The person's next record carries the corrected moment, filled in from the case.
    const task = await openTask(kase.id, 'detention-record-to-prosecutor');
    assert.equal((await complete(task.id, toProsecutor())).status, 200);
    const last = (await stack.api(`/api/cases/${kase.id}/records`)).body.items.at(-1);
    assert.equal(Date.parse(last.data.detainedAt), Date.parse(earlier));
  });
});

/** Free-text fields at the root of a record type: strings without a format, an enum or a pattern. */
function textFields(recordType: string): string[] {
  const props = (recordSchema(recordType).properties ?? {}) as Record<string, Record<string, unknown>>;
  const filled = new Set(actShape(recordType).from.map((f) => f.path.join('/')));
  return Object.entries(props)
    .filter(([name, p]) => p.type === 'string' && !p.format && !p.enum && !p.pattern && !filled.has(name))
    .map(([name]) => `/${name}`);
}
