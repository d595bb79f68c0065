import assert from 'node:assert/strict';
import { BpmnModdle } from 'bpmn-moddle';
import icjDescriptor from '../../bpmn/icj-moddle.json';
import { compileProcedure } from '../../bpmn/compile-procedure';
import type { CompileResult, ProcedureElement, ProcedureModel, ProcessScope } from '../../bpmn/procedure-model';
import { readFixture } from './read-fixture';

/** Compiles a fixture that must compile, failing with its errors otherwise. */
async function compiled(name: string): Promise<{ model: ProcedureModel; result: CompileResult }> {
  const result = await compileProcedure(readFixture(name));
  assert.deepEqual(result.errors, [], `${name} should compile`);
  assert.ok(result.model);
  return { model: result.model, result };
}

function element<T extends ProcedureElement['type']>(scope: ProcessScope, id: string, type: T): Extract<ProcedureElement, { type: T }> {
  const el = scope.elements[id];
  assert.ok(el, `no element ${id} in scope ${scope.id}`);
  assert.equal(el.type, type);
  return el as Extract<ProcedureElement, { type: T }>;
}

describe('compileProcedure: the supported BPMN', () => {
  it('detention: a decision raced by the statutory limit, which escalates and leads to release', async () => {
    const { model, result } = await compiled('compile.detention');
    assert.deepEqual(result.warnings, []);
    assert.equal(model.schemaVersion, 2);
    assert.equal(model.key, 'Detention');
    assert.equal(model.main, 'Detention');
    assert.deepEqual(Object.keys(model.scopes), ['Detention']);
    const scope = model.scopes.Detention;
    assert.equal(scope.startId, 'Detained');

    const decision = element(scope, 'RecordDecision', 'userTask');
    assert.deepEqual(
      { record: decision.record, role: decision.role, stage: decision.stage, boundaryEvents: decision.boundaryEvents, incoming: decision.incoming, outgoing: decision.outgoing },
      { record: 'measure-decision', role: 'investigator', stage: 'detention', boundaryEvents: ['DetentionLimit'], incoming: ['Flow_Start'], outgoing: ['Flow_Decided'] },
    );
    assert.deepEqual(scope.elements.DetentionLimit, {
      id: 'DetentionLimit', name: '48 hours (24 for a child)', incoming: [], outgoing: ['Flow_Expired'], stage: null,
      type: 'boundaryTimerEvent', attachedTo: 'RecordDecision', interrupting: true,
      timer: { limit: 'detention.max', anchor: 'detainedAt', child: 'isChild', gravity: null, warn: ['PT12H', 'PT3H'], extensions: null, term: null, duration: null, date: null },
    });
    assert.deepEqual(element(scope, 'EscalateExpiry', 'escalationThrowEvent').escalation, { code: 'detention-expired', name: 'Detention limit expired' });
    assert.equal(element(scope, 'Outcome', 'exclusiveGateway').defaultFlow, 'Flow_NoCustody');
    assert.deepEqual(scope.flows.Flow_Custody, { id: 'Flow_Custody', name: 'custody', sourceId: 'Outcome', targetId: 'InCustody', condition: 'measureDecision.outcome = "custody"' });
    assert.equal(scope.flows.Flow_NoCustody.condition, null);
    assert.deepEqual(element(scope, 'RecordRelease', 'userTask').incoming, ['Flow_NoCustody', 'Flow_Escalated']);
    assert.deepEqual(element(scope, 'InCustody', 'endEvent'), {
      id: 'InCustody', name: 'Held in custody', incoming: ['Flow_Custody'], outgoing: [], stage: null, type: 'endEvent', terminate: false, escalation: null,
    });
  });

  it('the model is plain JSON: it survives a JSON round trip unchanged', async () => {
    const { model } = await compiled('compile.detention');
    assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
  });

  it('service task: runs its icj:action', async () => {
    const { model } = await compiled('compile.service-task');
    assert.equal(element(model.scopes.Procedure, 'NotifyProsecutor', 'serviceTask').action, 'notify-prosecutor');
  });

  it('parallel gateway: the fork has two outgoing flows, the join two incoming', async () => {
    const { model } = await compiled('compile.parallel-gateway');
    const scope = model.scopes.Procedure;
    assert.deepEqual(element(scope, 'Fork', 'parallelGateway').outgoing, ['Flow_2', 'Flow_3']);
    assert.deepEqual(element(scope, 'Join', 'parallelGateway').incoming, ['Flow_4', 'Flow_5']);
  });

  it('exclusive gateway: FEEL conditions (with or without the leading "=" of Camunda 8) and a default flow', async () => {
    const { model } = await compiled('compile.exclusive-gateway');
    const scope = model.scopes.Procedure;
    assert.equal(element(scope, 'Outcome', 'exclusiveGateway').defaultFlow, 'Flow_Other');
    assert.equal(scope.flows.Flow_Custody.condition, 'outcome = "custody" and not(isChild)');
    assert.equal(scope.flows.Flow_Bail.condition, 'outcome = "bail"');
    assert.equal(scope.flows.Flow_Other.condition, null);
  });

  it('timer intermediate events: a duration, a date, and a rulebook limit given on the timer definition', async () => {
    const { model } = await compiled('compile.timer-catch');
    const scope = model.scopes.Procedure;
    const none = { limit: null, anchor: null, child: null, gravity: null, warn: [], extensions: null, term: null, duration: null, date: null };
    assert.deepEqual(element(scope, 'WaitTwoHours', 'timerCatchEvent').timer, { ...none, duration: 'PT2H' });
    assert.deepEqual(element(scope, 'WaitUntilHearing', 'timerCatchEvent').timer, { ...none, date: '2026-12-01T09:00:00+06:00' });
    const term = element(scope, 'WaitForTerm', 'timerCatchEvent');
    assert.deepEqual(term.timer, { ...none, limit: 'investigation.term', anchor: 'openedAt', gravity: 'gravity', warn: ['P10D', 'P1D'] });
    assert.equal(term.stage, 'investigation');
  });

  it('non-interrupting timer boundary event: cancelActivity="false", listed on its task', async () => {
    const { model } = await compiled('compile.timer-boundary-non-interrupting');
    const scope = model.scopes.Procedure;
    const timer = element(scope, 'MotionDue', 'boundaryTimerEvent');
    assert.equal(timer.interrupting, false);
    assert.equal(timer.attachedTo, 'RecordCustody');
    assert.equal(timer.timer.limit, 'custody.extension-motion');
    assert.deepEqual(element(scope, 'RecordCustody', 'userTask').boundaryEvents, ['MotionDue']);
  });

  it('escalation throw and end events carry the escalation code and name; a terminate end event closes the case', async () => {
    const { model } = await compiled('compile.escalation');
    const scope = model.scopes.Procedure;
    assert.deepEqual(element(scope, 'AlertSupervisor', 'escalationThrowEvent').escalation, { code: 'unlawful-detention', name: 'Unlawful detention' });
    assert.deepEqual(element(scope, 'Escalated', 'endEvent').escalation, { code: null, name: null });
    const closed = element(scope, 'CaseClosed', 'endEvent');
    assert.equal(closed.terminate, true);
    assert.equal(closed.escalation, null);
  });

  it('call activity: the called process becomes a scope; multi-instance over icj:collection, parallel or sequential', async () => {
    const { model, result } = await compiled('compile.call-activity');
    assert.deepEqual(result.warnings, []);
    // Both processes are marked executable (as Camunda Modeler does); the one nobody calls is run.
    assert.equal(model.main, 'Procedure');
    assert.deepEqual(Object.keys(model.scopes), ['Procedure', 'DetainSuspect']);
    assert.equal(model.scopes.DetainSuspect.startId, 'Detain_Start');
    const scope = model.scopes.Procedure;
    const each = element(scope, 'DetainEach', 'callActivity');
    assert.equal(each.calledProcess, 'DetainSuspect');
    assert.deepEqual(each.multiInstance, { collection: 'suspects', elementVariable: 'suspect', parallel: true });
    assert.deepEqual(element(scope, 'DetainInTurn', 'callActivity').multiInstance, { collection: 'accomplices', elementVariable: 'accomplice', parallel: false });
    assert.equal(element(scope, 'DetainOne', 'callActivity').multiInstance, null);
  });

  it('embedded sub-process: its own scope, multi-instance, and a timer on it', async () => {
    const { model } = await compiled('compile.sub-process');
    assert.deepEqual(Object.keys(model.scopes), ['Procedure', 'ChargeEach']);
    const sub = element(model.scopes.Procedure, 'ChargeEach', 'subProcess');
    assert.equal(sub.scope, 'ChargeEach');
    assert.deepEqual(sub.multiInstance, { collection: 'accused', elementVariable: 'person', parallel: false });
    assert.deepEqual(sub.boundaryEvents, ['ChargeDue']);
    const inner = model.scopes.ChargeEach;
    assert.equal(inner.startId, 'Charge_Start');
    assert.deepEqual(Object.keys(inner.elements), ['Charge_Start', 'Charge_Decide', 'Charge_End']);
    assert.equal(element(inner, 'Charge_Decide', 'userTask').record, 'charge-decision');
  });

  it('data objects do not affect the flow: ignored with a warning naming each', async () => {
    const { model, result } = await compiled('compile.data-object');
    assert.deepEqual(result.warnings.map((w) => [w.elementId, w.rule]), [['NoticeRef', 'ignored-element'], ['Notice', 'ignored-element']]);
    assert.deepEqual(Object.keys(model.scopes.Procedure.elements), ['Start', 'Notify', 'End']);
  });

  it('a user task without icj:record or icj:role, a service task without icj:action: warnings, and the model compiles', async () => {
    const { model, result } = await compiled('compile.missing-icj-attributes');
    assert.deepEqual(result.warnings.map((w) => [w.elementId, w.rule]), [
      ['Interview', 'user-task-record'], ['Interview', 'user-task-role'], ['Inform', 'service-task-action'],
    ]);
    const task = element(model.scopes.Procedure, 'Interview', 'userTask');
    assert.equal(task.record, null);
    assert.equal(task.role, null);
    assert.equal(element(model.scopes.Procedure, 'Inform', 'serviceTask').action, null);
  });

  it('a second process that is neither executable nor called is ignored, with a warning naming it', async () => {
    const xml = readFixture('compile.two-executable-processes').replace('<bpmn:process id="Investigation" isExecutable="true">', '<bpmn:process id="Investigation">');
    const result = await compileProcedure(xml);
    assert.equal(result.model?.main, 'Inquiry');
    assert.deepEqual(Object.keys(result.model?.scopes ?? {}), ['Inquiry']);
    assert.deepEqual(result.warnings.map((w) => [w.elementId, w.rule]), [['Investigation', 'ignored-process']]);
  });

  it('the only process of a file runs even when it is not marked executable', async () => {
    const { model } = await compiled('compile.only-process-not-executable');
    assert.equal(model.main, 'Procedure');
  });
});

describe('compileProcedure: diagrams from the modelers', () => {
  it('Camunda Modeler (Camunda 7, with a pool, lanes, an annotation): compiles; camunda: settings are warnings naming the element', async () => {
    const { model, result } = await compiled('compile.camunda-modeler');
    assert.equal(model.key, 'Process_ReportCheck');
    assert.equal(model.name, 'Check of a crime report');
    const rules = new Set(result.warnings.map((w) => w.rule));
    assert.deepEqual([...rules].sort(), ['foreign-extension', 'service-task-action', 'user-task-record', 'user-task-role']);
    const foreign = result.warnings.filter((w) => w.rule === 'foreign-extension');
    assert.deepEqual(foreign.map((w) => w.elementId), ['Process_ReportCheck', 'StartEvent_1', 'Activity_0register', 'Activity_0decide', 'Activity_1remind', 'Activity_1open']);
    assert.match(foreign[2].message, /^Element Activity_0register carries settings of another modeler \(camunda:candidateGroups, camunda:dueDate, camunda:formData\)/);
    // The modeler: attributes of the definitions are not the engine's business and draw no warning.
    assert.ok(!result.warnings.some((w) => /modeler:/.test(w.message)));
    const scope = model.scopes.Process_ReportCheck;
    assert.equal(element(scope, 'Event_0late', 'boundaryTimerEvent').timer.duration, 'P3D');
    assert.equal(scope.flows.Flow_0opened.condition, 'decision = "open"');
    assert.equal(element(scope, 'Gateway_0opened', 'exclusiveGateway').defaultFlow, 'Flow_1refused');
  });

  it('bpmn-js (two pools, an expanded sub-process, colours, icj attributes on timer definitions): compiles without a warning', async () => {
    const { model, result } = await compiled('compile.bpmn-js');
    assert.deepEqual(result.warnings, []);
    assert.equal(model.main, 'Process_0reg7x1');
    assert.deepEqual(Object.keys(model.scopes), ['Process_0reg7x1', 'Activity_0check8', 'Process_1detain']);
    const main = model.scopes.Process_0reg7x1;
    assert.deepEqual(element(main, 'Activity_1det3ea', 'callActivity').multiInstance, { collection: 'suspects', elementVariable: 'suspect', parallel: true });
    assert.equal(element(main, 'Event_1tl3chk', 'boundaryTimerEvent').timer.limit, 'check.decide');
    const detention = element(model.scopes.Process_1detain, 'Event_0dm4max', 'boundaryTimerEvent');
    assert.deepEqual(detention.timer, {
      limit: 'detention.max', anchor: 'suspect.detainedAt', child: 'suspect.isChild', gravity: null, warn: ['PT12H', 'PT3H'], extensions: null, term: null, duration: null, date: null,
    });
  });

  it('the icj descriptor round-trips: a diagram exported by bpmn-moddle (as the modeler saves) compiles to the same model', async () => {
    const xml = readFixture('compile.detention');
    const moddle = new BpmnModdle({ icj: icjDescriptor });
    const { rootElement } = await moddle.fromXML(xml);
    const saved = await moddle.toXML(rootElement, { format: true });
    assert.match(saved.xml, /icj:limit="detention.max"/);
    assert.deepEqual(await compileProcedure(saved.xml), await compileProcedure(xml));
  });
});
