import assert from 'node:assert/strict';
import { compileProcedure } from '../../bpmn/compile-procedure';
import { MAX_DIAGRAM_BYTES } from '../../bpmn/read-diagram';
import { readFixture } from './read-fixture';

async function errorsOf(xml: string): Promise<Array<[string, string, string]>> {
  const result = await compileProcedure(xml);
  assert.equal(result.model, null, 'a diagram with errors has no model');
  return result.errors.map((e) => [e.elementId, e.rule, e.message]);
}

describe('compileProcedure: structural errors, each naming the element', () => {
  const cases: Array<[fixture: string, elementId: string, rule: string, message: RegExp]> = [
    ['flow-without-target', 'Flow_Lost', 'flow-endpoint-missing', /^Sequence flow Flow_Lost does not say where it leads/],
    ['unreachable', 'Forgotten', 'unreachable', /^Element Forgotten cannot be reached from the start event Start/],
    ['dead-end', 'Stuck', 'no-dead-end', /^Element Stuck \(user task\) has no outgoing sequence flow/],
    ['boundary-without-flow', 'TooLate', 'no-dead-end', /^Boundary event TooLate has no outgoing sequence flow/],
    ['timer-without-due', 'Wait', 'timer-without-due', /^Timer Wait does not say when it falls due: cite a rulebook limit with icj:limit, or give a timeDuration or timeDate/],
    ['call-unknown-process', 'DetainEach', 'called-process-missing', /^Call activity DetainEach calls "NoSuchProcess", which is not a process in this file/],
    ['conditional-flow-from-task', 'Flow_Custody', 'conditional-flow-source', /^Sequence flow Flow_Custody has a condition, but it leaves a user task \(Decide\); only flows out of an exclusive gateway/],
    ['two-start-events', 'Start_Again', 'single-start-event', /more than one start event \(Start, Start_Again\)/],
    ['no-start-event', 'Procedure', 'start-event-required', /^Process Procedure has no start event/],
    ['two-executable-processes', 'Definitions_two_executable', 'executable-process', /2 executable processes \(Inquiry, Investigation\)/],
    ['flow-crosses-sub-process', 'Flow_Shortcut', 'flow-crosses-scope', /cannot cross the border of a sub-process/],
  ];
  for (const [fixture, elementId, rule, message] of cases) {
    it(`${fixture}: ${rule} on ${elementId}`, async () => {
      const errors = await errorsOf(readFixture(`compile.${fixture}`));
      assert.equal(errors.length, 1, JSON.stringify(errors));
      assert.deepEqual(errors[0].slice(0, 2), [elementId, rule]);
      assert.match(errors[0][2], message);
    });
  }

  it('a flow to an element that does not exist also carries the reader warning naming the flow', async () => {
    const { warnings } = await compileProcedure(readFixture('compile.flow-without-target'));
    assert.deepEqual(warnings.map((w) => [w.elementId, w.rule]), [['Flow_Lost', 'xml-import']]);
    assert.match(warnings[0].message, /refers to Nowhere, which is not in the diagram/);
  });
});

describe('compileProcedure: FEEL', () => {
  it('a condition with a FEEL syntax error names its flow and where it breaks off', async () => {
    const errors = await errorsOf(readFixture('compile.feel-syntax-error'));
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['Flow_Bad', 'feel-syntax']]);
    assert.match(errors[0][2], /^Sequence flow Flow_Bad: the condition "outcome =" cannot be read because it is not valid FEEL/);
  });

  it('a Camunda 7 expression (${...}) is not FEEL: the error says so and names the flow', async () => {
    const errors = await errorsOf(readFixture('compile.juel-condition'));
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['Flow_Juel', 'feel-syntax']]);
    assert.match(errors[0][2], /Java expression language/);
  });

  it('a FEEL syntax error in a timer attribute names the timer', async () => {
    const xml = readFixture('compile.detention').replace('icj:anchor="detainedAt"', 'icj:anchor="detainedAt +"');
    const errors = await errorsOf(xml);
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['DetentionLimit', 'feel-syntax']]);
    assert.match(errors[0][2], /icj:anchor "detainedAt \+"/);
  });

  it('a condition in another language (javascript) is refused, naming the flow', async () => {
    const xml = readFixture('compile.detention').replace('<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">', '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">');
    const errors = await errorsOf(xml);
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['Flow_Custody', 'condition-language']]);
  });
});

describe('compileProcedure: timers', () => {
  it('warnings and durations the engine cannot count are errors naming the timer', async () => {
    const badWarn = await errorsOf(readFixture('compile.detention').replace('icj:warn="PT12H PT3H"', 'icj:warn="PT12H soon"'));
    assert.deepEqual(badWarn.map((e) => e.slice(0, 2)), [['DetentionLimit', 'timer-warn']]);
    assert.match(badWarn[0][2], /icj:warn "soon"/);
    const months = await errorsOf(readFixture('compile.timer-catch').replace('>PT2H<', '>P2M<'));
    assert.deepEqual(months.map((e) => e.slice(0, 2)), [['WaitTwoHours', 'timer-duration']]);
    const zoneless = await errorsOf(readFixture('compile.timer-catch').replace('2026-12-01T09:00:00+06:00', '2026-12-01T09:00:00'));
    assert.deepEqual(zoneless.map((e) => e.slice(0, 2)), [['WaitUntilHearing', 'timer-date']]);
  });

  it('the same icj attribute on the event and on its timer definition, with different values: an error', async () => {
    const xml = readFixture('compile.detention').replace('<bpmn:timerEventDefinition id="DetentionLimit_Timer" />', '<bpmn:timerEventDefinition id="DetentionLimit_Timer" icj:limit="custody.term" />');
    const errors = await errorsOf(xml);
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['DetentionLimit', 'timer-attribute-conflict']]);
  });

  it('a multi-instance without icj:collection names the activity and says camunda:collection is not read', async () => {
    const xml = readFixture('compile.call-activity').replace('icj:collection="suspects"', 'xmlns:camunda="http://camunda.org/schema/1.0/bpmn" camunda:collection="${suspects}"');
    const errors = await errorsOf(xml);
    assert.deepEqual(errors.map((e) => e.slice(0, 2)), [['DetainEach', 'multi-instance-collection']]);
    assert.match(errors[0][2], /camunda:collection is not read/);
  });
});

describe('compileProcedure: what it refuses to read', () => {
  it('an XML with a DOCTYPE and an external entity: refused before parsing, against "definitions"', async () => {
    const result = await compileProcedure(readFixture('compile.doctype'));
    assert.equal(result.model, null);
    assert.deepEqual(result.errors.map((e) => [e.elementId, e.rule]), [['definitions', 'xml-doctype']]);
    assert.deepEqual(result.warnings, []);
  });

  it('an ENTITY declaration without a DOCTYPE line is refused too', async () => {
    const xml = readFixture('compile.detention').replace('<bpmn:definitions', '<!ENTITY x "y">\n<bpmn:definitions');
    assert.deepEqual((await compileProcedure(xml)).errors.map((e) => e.rule), ['xml-doctype']);
  });

  it('a file over 2 MB is refused without parsing', async () => {
    const padding = `<!-- ${'x'.repeat(MAX_DIAGRAM_BYTES)} -->`;
    const xml = readFixture('compile.detention').replace('</bpmn:definitions>', `${padding}</bpmn:definitions>`);
    const result = await compileProcedure(xml);
    assert.deepEqual(result.errors.map((e) => [e.elementId, e.rule]), [['definitions', 'diagram-too-large']]);
  });

  it('text that is not XML, and XML that is not BPMN, are errors against "definitions"', async () => {
    assert.deepEqual((await compileProcedure('not a diagram')).errors.map((e) => [e.elementId, e.rule]), [['definitions', 'xml-syntax']]);
    const other = await compileProcedure('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>');
    assert.deepEqual(other.errors.map((e) => [e.elementId, e.rule]), [['definitions', 'xml-syntax']]);
  });
});
