import assert from 'node:assert/strict';
import { icjRules } from '../../bpmn/lint/icj-rules';
import { lintProcedure } from '../../bpmn/lint/lint-procedure';
import { shippedCatalogue } from '../../bpmn/lint/shipped-catalogue';
import { readFixture } from './read-fixture';

/** Per rule: the element the failing fixture must be reported on, the severity, and a phrase of the message. */
const expectations: Record<string, { elementId: string; severity: 'error' | 'warning'; says: RegExp }> = {
  'user-task-record': { elementId: 'RecordWarrant', severity: 'error', says: /record of type "arrest-warrant", but there is no such record schema/ },
  'user-task-role': { elementId: 'RecordProtocol', severity: 'error', says: /"clerk", which is not a role of the system/ },
  'service-task-action': { elementId: 'TellFamily', severity: 'error', says: /"send-sms", which is not an automatic act/ },
  'timer-limit-exists': { elementId: 'DetentionLimit', severity: 'error', says: /"detention.forever", which is not in the rulebook/ },
  'liberty-timer-limit': { elementId: 'FortyEightHours', severity: 'error', says: /limits an act about liberty .* cites no rulebook limit/ },
  'liberty-timer-warnings': { elementId: 'RulingDue', severity: 'warning', says: /nobody is warned before it expires/ },
  'timer-anchor': { elementId: 'CheckTerm', severity: 'warning', says: /no icj:anchor, so check.decide is counted from the moment the procedure reaches it; the law counts it from: registration of the report/ },
  'exclusive-gateway-conditions': { elementId: 'Flow_Release', severity: 'error', says: /leaves the decision Outcome without a condition and is not its default flow/ },
  'exclusive-gateway-default': { elementId: 'Outcome', severity: 'warning', says: /has no default flow/ },
  'condition-variables': { elementId: 'Flow_Custody', severity: 'warning', says: /reads "outcome", which no act, list or case variable of this diagram provides \(an act's fields are under its name, e.g. measureDecision.outcome\)/ },
  'no-dead-end': { elementId: 'Stuck', severity: 'error', says: /has no outgoing sequence flow/ },
  'reaches-end': { elementId: 'RecordVerdict', severity: 'error', says: /never reaches an end event: every path from it goes round a loop/ },
};

describe('lintProcedure: the legal lint rules', () => {
  it('every rule has a failing and a passing fixture here', () => {
    assert.deepEqual(Object.keys(expectations).sort(), Object.keys(icjRules).sort());
  });

  for (const [rule, expected] of Object.entries(expectations)) {
    it(`${rule}: reports ${expected.elementId} in the failing diagram, nothing in the passing one`, async () => {
      const failing = (await lintProcedure(readFixture(`lint.${rule}-fails`))).filter((p) => p.rule === rule);
      assert.ok(failing.length > 0, `${rule} found nothing`);
      const problem = failing.find((p) => p.elementId === expected.elementId);
      assert.ok(problem, `${rule} did not name ${expected.elementId}: ${JSON.stringify(failing)}`);
      assert.equal(problem.severity, expected.severity);
      assert.match(problem.message, expected.says);
      assert.ok(problem.message.includes(expected.elementId), 'the message names the element');

      const passing = await lintProcedure(readFixture(`lint.${rule}-passes`));
      assert.deepEqual(passing, [], 'the passing diagram is clean');
    });
  }

  it('reaches-end reports only the elements caught in the loop, not those with a way to the end', async () => {
    const problems = (await lintProcedure(readFixture('lint.reaches-end-fails'))).filter((p) => p.rule === 'reaches-end');
    assert.deepEqual(problems.map((p) => p.elementId).sort(), ['Appealed', 'RecordAppeal', 'RecordVerdict']);
  });

  it('a user task without icj:record or icj:role, a service task without icj:action: errors here, where the compiler only warned', async () => {
    const problems = await lintProcedure(readFixture('compile.missing-icj-attributes'));
    assert.deepEqual(problems.map((p) => [p.elementId, p.rule, p.severity]), [
      ['Interview', 'user-task-record', 'error'], ['Interview', 'user-task-role', 'error'], ['Inform', 'service-task-action', 'error'],
    ]);
  });

  it('includes the compiler\'s errors, and a problem both find is listed once', async () => {
    const refused = await lintProcedure(readFixture('compile.refuses-script-task'));
    assert.deepEqual(refused.map((p) => [p.elementId, p.rule, p.severity]), [['Task_7', 'unsupported-element', 'error']]);
    const deadEnd = (await lintProcedure(readFixture('lint.no-dead-end-fails'))).filter((p) => p.elementId === 'Stuck');
    assert.deepEqual(deadEnd.map((p) => p.rule), ['no-dead-end']);
  });

  it('a file the reader refuses gives the reader\'s error only', async () => {
    assert.deepEqual((await lintProcedure(readFixture('compile.doctype'))).map((p) => [p.elementId, p.rule]), [['definitions', 'xml-doctype']]);
  });

  it('the detention procedure and the bpmn-js diagram are clean', async () => {
    assert.deepEqual(await lintProcedure(readFixture('compile.detention')), []);
    assert.deepEqual(await lintProcedure(readFixture('compile.bpmn-js')), []);
  });

  it('liberty-timer-limit looks inside the called process and the sub-process a timer limits', async () => {
    const problems = await lintProcedure(readFixture('lint.liberty-timer-limit-nested-fails'));
    const liberty = problems.filter((p) => p.rule === 'liberty-timer-limit');
    assert.deepEqual(liberty.map((p) => p.elementId), ['AllDetentionsDue', 'RemandDue']);
    assert.match(liberty[0].message, /"detention-protocol"/);
    assert.match(liberty[1].message, /"custody-extension-decision"/);
  });

  it('the rules check against the catalogue they are given: a new record type is accepted once it is in it', async () => {
    const catalogue = shippedCatalogue();
    const xml = readFixture('lint.user-task-record-fails');
    assert.ok((await lintProcedure(xml, catalogue)).some((p) => p.rule === 'user-task-record'));
    const extended = { ...catalogue, recordTypes: [...catalogue.recordTypes, 'arrest-warrant'] };
    assert.deepEqual(await lintProcedure(xml, extended), []);
  });
});
