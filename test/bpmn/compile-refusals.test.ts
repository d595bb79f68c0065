import assert from 'node:assert/strict';
import { compileProcedure } from '../../bpmn/compile-procedure';
import { readFixture } from './read-fixture';

/** Fixture scenario, the element it must name, and how the error describes it. */
const refused: Array<[scenario: string, elementId: string, words: string]> = [
  ['script-task', 'Task_7', 'a script task'],
  ['send-task', 'SendNotice', 'a send task'],
  ['receive-task', 'AwaitReply', 'a receive task'],
  ['business-rule-task', 'DecideGravity', 'a business rule task'],
  ['manual-task', 'HandOver', 'a manual task'],
  ['untyped-task', 'Task_1', 'a task without a type'],
  ['inclusive-gateway', 'Gateway_Any', 'an inclusive gateway'],
  ['event-based-gateway', 'Gateway_Race', 'an event-based gateway'],
  ['complex-gateway', 'Gateway_Complex', 'a complex gateway'],
  ['message-start-event', 'ReportReceived', 'a message start event'],
  ['timer-start-event', 'EveryMonday', 'a timer start event'],
  ['signal-end-event', 'Announce', 'a signal end event'],
  ['error-end-event', 'Fail', 'an error end event'],
  ['message-catch-event', 'AwaitCourt', 'a message intermediate event'],
  ['conditional-catch-event', 'WhenCharged', 'a conditional intermediate event'],
  ['signal-throw-event', 'Broadcast', 'a signal throw event'],
  ['link-throw-event', 'GoToRelease', 'a link throw event'],
  ['none-intermediate-event', 'Milestone', 'an intermediate event without a trigger'],
  ['message-boundary-event', 'AppealLodged', 'a message boundary event'],
  ['error-boundary-event', 'Failed', 'an error boundary event'],
  ['event-sub-process', 'OnComplaint', 'an event sub-process'],
  ['transaction', 'Tx', 'a transaction sub-process'],
  ['ad-hoc-sub-process', 'Checks', 'an ad-hoc sub-process'],
];

describe('compileProcedure: BPMN the engine cannot run is an error naming the element', () => {
  for (const [scenario, elementId, words] of refused) {
    it(`${words}: refused, naming ${elementId}, and no model`, async () => {
      const result = await compileProcedure(readFixture(`compile.refuses-${scenario}`));
      assert.equal(result.model, null);
      assert.deepEqual(result.errors.map((e) => [e.elementId, e.rule]), [[elementId, 'unsupported-element']]);
      assert.match(result.errors[0].message, new RegExp(`^Element ${elementId} is ${words}, which the procedure engine cannot run; \\S`));
    });
  }

  it('the script task message says what to use instead, in the words of the brief', async () => {
    const { errors } = await compileProcedure(readFixture('compile.refuses-script-task'));
    assert.equal(errors[0].message, 'Element Task_7 is a script task, which the procedure engine cannot run; use a service task with an icj:action.');
  });

  it('a task with a loop or a multi-instance marker: refused, pointing to a sub-process with icj:collection', async () => {
    for (const [scenario, elementId] of [['looping-task', 'Interview'], ['multi-instance-task', 'InterviewEach']]) {
      const result = await compileProcedure(readFixture(`compile.refuses-${scenario}`));
      assert.equal(result.model, null);
      assert.deepEqual(result.errors.map((e) => [e.elementId, e.rule]), [[elementId, 'unsupported-loop']]);
      assert.match(result.errors[0].message, /sub-process with icj:collection/);
    }
  });

  it('a repeating timer (timeCycle): refused, naming the timer', async () => {
    const result = await compileProcedure(readFixture('compile.refuses-timer-cycle'));
    assert.deepEqual(result.errors.map((e) => [e.elementId, e.rule]), [['Remind', 'timer-cycle']]);
  });
});
