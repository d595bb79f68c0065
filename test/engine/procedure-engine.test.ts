import assert from 'node:assert/strict';
import { ProcedureEngine } from '../../workflows/engine/procedure-engine';
import type { EngineEffect } from '../../workflows/engine/effects';
import type { ProcedureModel } from '../../bpmn/procedure-model';
import { CUSTODY_EXTENSIONS, custodyExtensionModel, detentionModel, durationTimer, extensionDecision, limitTimer, limitWithSecondActModel, model, oneTaskScope, parallelTasksModel, scope } from './model-builder';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const T0 = Date.parse('2026-11-27T23:30:00+06:00');

function engineFor(m: ProcedureModel, vars: Record<string, unknown>) {
  let n = 0;
  return new ProcedureEngine(m, ProcedureEngine.initialState(m, vars), () => `id-${++n}`);
}
const kinds = (effects: EngineEffect[]) => effects.map((e) => (e.kind === 'escalate' ? `escalate:${e.severity}` : e.kind));
const openTasks = (e: ProcedureEngine) => Object.values(e.state.tasks).filter((t) => t.status === 'open');

describe('procedure engine (pure): the detention procedure', () => {
  it('opens the deadline and the decision task; the first wake-up is the 12 h warning', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    const effects = engine.advance(T0);
    assert.deepEqual(kinds(effects), ['setStage', 'openDeadline', 'openTask']);
    const deadline = effects.find((e) => e.kind === 'openDeadline') as Extract<EngineEffect, { kind: 'openDeadline' }>;
    assert.equal(deadline.dueAt, new Date(T0 + 48 * HOUR).toISOString());
    assert.equal(engine.nextDueMs(), T0 + 36 * HOUR);
  });

  it('at 47:59 only the warnings; at 48:00 expiry: task withdrawn, escalation, release task', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    engine.advance(T0);
    assert.deepEqual(kinds(engine.advance(T0 + 47 * HOUR + 59 * MINUTE)), ['escalate:warning', 'escalate:warning']);
    const atLimit = engine.advance(T0 + 48 * HOUR);
    assert.deepEqual(kinds(atLimit), ['closeDeadline', 'cancelTask', 'escalate:expired', 'openTask']);
    const escalation = atLimit.find((e) => e.kind === 'escalate') as Extract<EngineEffect, { kind: 'escalate' }>;
    assert.ok(escalation.deadlineId);
    assert.deepEqual(openTasks(engine).map((t) => t.recordType), ['release']);
    engine.completeTask(openTasks(engine)[0].id, { releasedAt: '2026-11-30T00:00:00+06:00' });
    engine.advance(T0 + 49 * HOUR);
    assert.equal(engine.state.finished, true);
  });

  it('a suspect registered 47 h 57 min after the detention: the 3 h warning is raised at once, one warning only, and the limit still expires at 48 h', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    engine.warnAtArming = true;
    const atArming = engine.advance(T0 + 47 * HOUR + 57 * MINUTE);
    assert.deepEqual(kinds(atArming), ['setStage', 'openDeadline', 'openTask', 'escalate:warning']);
    const warning = atArming.find((e) => e.kind === 'escalate') as Extract<EngineEffect, { kind: 'escalate' }>;
    const deadline = atArming.find((e) => e.kind === 'openDeadline') as Extract<EngineEffect, { kind: 'openDeadline' }>;
    assert.equal(warning.deadlineId, deadline.deadlineId, 'the warning names the limit it warns of, opened before it');
    assert.equal(engine.nextDueMs(), T0 + 48 * HOUR, 'no other warning is left: the next wake-up is the expiry');
    assert.ok(kinds(engine.advance(T0 + 48 * HOUR)).includes('escalate:expired'));
  });

  it('a limit armed after its due instant only expires (no warning first), and a case begun before the patch keeps its silence', () => {
    const late = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    late.warnAtArming = true;
    const effects = late.advance(T0 + 49 * HOUR);
    assert.ok(!kinds(effects).includes('escalate:warning'), kinds(effects).join());
    assert.ok(kinds(effects).includes('escalate:expired'));
    const before = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    assert.deepEqual(kinds(before.advance(T0 + 47 * HOUR + 57 * MINUTE)), ['setStage', 'openDeadline', 'openTask']);
  });

  it('a child: 24 h', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: true });
    engine.advance(T0);
    assert.deepEqual(kinds(engine.advance(T0 + 24 * HOUR - 1)), ['escalate:warning', 'escalate:warning']);
    assert.ok(kinds(engine.advance(T0 + 24 * HOUR)).includes('escalate:expired'));
  });

  it('a custody decision at 30 h meets the deadline and ends the procedure; no timer remains', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    engine.advance(T0);
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'custody', termMonths: 2 });
    const effects = engine.advance(T0 + 30 * HOUR);
    assert.deepEqual(kinds(effects), ['closeDeadline']);
    assert.equal((effects[0] as Extract<EngineEffect, { kind: 'closeDeadline' }>).status, 'met');
    assert.equal(engine.state.finished, true);
    assert.equal(engine.nextDueMs(), null);
  });

  it('another measure leads to the release task through the default flow', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    engine.advance(T0);
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'other-measure', measure: 'bail' });
    engine.advance(T0 + HOUR);
    assert.deepEqual(openTasks(engine).map((t) => t.recordType), ['release']);
    assert.deepEqual(engine.progress().active, ['RecordRelease']);
  });

  it('its state survives a JSON round trip (continue-as-new) and carries on', () => {
    const engine = engineFor(detentionModel(), { detainedAt: new Date(T0).toISOString(), isChild: false });
    engine.advance(T0);
    const revived = new ProcedureEngine(detentionModel(), JSON.parse(JSON.stringify(engine.state)), () => 'x');
    assert.ok(kinds(revived.advance(T0 + 48 * HOUR)).includes('escalate:expired'));
  });
});

describe('procedure engine (pure): constructs', () => {
  it('parallel tasks join whichever completes first', () => {
    const m = parallelTasksModel();
    for (const order of [['A', 'B'], ['B', 'A']]) {
      const engine = engineFor(m, {});
      engine.advance(T0);
      const byElement = Object.fromEntries(openTasks(engine).map((t) => [t.elementId, t.id]));
      engine.completeTask(byElement[order[0]], {});
      engine.advance(T0 + 1);
      assert.equal(engine.state.finished, false, 'waits for the other branch');
      engine.completeTask(byElement[order[1]], {});
      engine.advance(T0 + 2);
      assert.equal(engine.state.finished, true, order.join(' then '));
    }
  });

  it('a non-interrupting timer spawns a path and leaves the task open', () => {
    const m = model(scope('P', [
      { id: 'S', type: 'startEvent' },
      { id: 'Work', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: ['Remind'] },
      { id: 'Remind', type: 'boundaryTimerEvent', attachedTo: 'Work', interrupting: false, timer: durationTimer('PT2H') },
      { id: 'Nudge', type: 'escalationThrowEvent', escalation: { code: 'late', name: 'Reminder' } },
      { id: 'E1', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E2', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Work'], ['Work', 'E1'], ['Remind', 'Nudge'], ['Nudge', 'E2']]));
    const engine = engineFor(m, {});
    engine.advance(T0);
    assert.deepEqual(kinds(engine.advance(T0 + 2 * HOUR)), ['escalate:alert']);
    assert.equal(openTasks(engine).length, 1);
    engine.completeTask(openTasks(engine)[0].id, {});
    engine.advance(T0 + 3 * HOUR);
    assert.equal(engine.state.finished, true);
  });

  it('a multi-instance call activity starts one child per person and continues when all finish', () => {
    const child = scope('PersonDetention', [
      { id: 'CS', type: 'startEvent' },
      { id: 'CE', type: 'endEvent', terminate: false, escalation: null },
    ], [['CS', 'CE']]);
    const m = model(scope('Case', [
      { id: 'S', type: 'startEvent' },
      { id: 'EachDetained', type: 'callActivity', calledProcess: 'PersonDetention', boundaryEvents: [],
        multiInstance: { collection: 'detained', elementVariable: 'person', parallel: true } },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'EachDetained'], ['EachDetained', 'E']]), child);
    const engine = engineFor(m, { detained: [{ personId: 'p1' }, { personId: 'p2' }, { personId: 'p3' }] });
    const effects = engine.advance(T0).filter((e) => e.kind === 'startChild') as Array<Extract<EngineEffect, { kind: 'startChild' }>>;
    assert.deepEqual(effects.map((e) => (e.vars.person as { personId: string }).personId), ['p1', 'p2', 'p3']);
    for (const e of effects) {
      assert.equal(engine.state.finished, false);
      engine.childDone(e.tokenId);
    }
    engine.advance(T0 + 1);
    assert.equal(engine.state.finished, true);
  });

  it('an embedded multi-instance sub-process runs one scope per item with its own variables', () => {
    const sub = oneTaskScope('PerPerson', 'Act', 'release');
    const m = model(scope('Main', [
      { id: 'S', type: 'startEvent' },
      { id: 'Each', type: 'subProcess', scope: 'PerPerson', boundaryEvents: [], multiInstance: { collection: 'people', elementVariable: 'person', parallel: true } },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Each'], ['Each', 'E']]), sub);
    const engine = engineFor(m, { people: [{ personId: 'a' }, { personId: 'b' }] });
    engine.advance(T0);
    assert.deepEqual(openTasks(engine).map((t) => t.personId).sort(), ['a', 'b']);
    for (const t of openTasks(engine)) engine.completeTask(t.id, {});
    engine.advance(T0 + 1);
    assert.equal(engine.state.finished, true);
  });

  it('a limit timer is re-armed when the data it depends on changes', () => {
    const m = limitWithSecondActModel();
    const engine = engineFor(m, { detainedAt: new Date(T0).toISOString() });
    engine.advance(T0);
    const correct = openTasks(engine).find((t) => t.elementId === 'OtherAct')!;
    // The second act corrects the moment of detention to 2 hours earlier: the limit moves 2 hours earlier.
    engine.completeTask(correct.id, { detainedAt: new Date(T0 - 2 * HOUR).toISOString() });
    const effects = engine.advance(T0 + HOUR);
    const moved = effects.find((e) => e.kind === 'moveDeadline') as Extract<EngineEffect, { kind: 'moveDeadline' }>;
    assert.equal(moved.dueAt, new Date(T0 + 46 * HOUR).toISOString());
    assert.ok(kinds(engine.advance(T0 + 46 * HOUR)).includes('closeDeadline'));
  });

  it('an exclusive gateway with no condition holding and no default raises an alert and parks the token', () => {
    const m = model(scope('P', [
      { id: 'S', type: 'startEvent' },
      { id: 'G', type: 'exclusiveGateway', defaultFlow: null },
      { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'G'], ['G', 'E', 'x = 1']]));
    const engine = engineFor(m, { x: 2 });
    assert.deepEqual(kinds(engine.advance(T0)), ['escalate:alert']);
    assert.equal(engine.state.finished, false);
  });
});

describe('procedure engine (pure): extensions of a running term', () => {
  const detainedAt = '2026-11-27T23:30:00+06:00';
  const moves = (effects: EngineEffect[]) => effects.filter((e): e is Extract<EngineEffect, { kind: 'moveDeadline' }> => e.kind === 'moveDeadline');

  it('an extension recorded inside a group sub-process reaches the term on its boundary, and the list collects every decision', () => {
    const engine = engineFor(custodyExtensionModel(), { detainedAt });
    engine.advance(T0);
    engine.completeTask(openTasks(engine)[0].id, extensionDecision(2, '2027-01-20T10:00:00+06:00'));
    const effects = engine.advance(T0 + HOUR);
    // Custody from Friday 27 November 2026, day of detention counted: 26 January 2027, then 26 March.
    assert.deepEqual(moves(effects).map((m) => m.dueAt), ['2027-03-26T18:00:00.000Z']);
    engine.completeTask(openTasks(engine)[0].id, extensionDecision(1, '2027-03-19T10:00:00+06:00'));
    assert.deepEqual(moves(engine.advance(T0 + 2 * HOUR)).map((m) => m.dueAt), ['2027-04-26T18:00:00.000Z']);
    const root = engine.state.scopes.find((s) => s.parentTokenId === null);
    assert.equal((root?.vars.extensions as unknown[]).length, 2);
  });

  it('custody ordered for 1 month runs 1 month; an extension continues from its last day', () => {
    const m = custodyExtensionModel();
    const term = m.scopes.P.elements.CustodyTerm;
    if (term.type !== 'boundaryTimerEvent') throw new Error('CustodyTerm is a timer');
    term.timer.term = '"P" + string(termMonths) + "M"';
    const engine = engineFor(m, { detainedAt, termMonths: 1 });
    const opened = engine.advance(T0).find((e) => e.kind === 'openDeadline' && e.limitId === 'custody.term');
    assert.equal(opened?.kind === 'openDeadline' && opened.dueAt, '2026-12-26T18:00:00.000Z', '24:00 of 26 December');
    engine.completeTask(openTasks(engine)[0].id, extensionDecision(2, '2026-12-20T10:00:00+06:00'));
    assert.deepEqual(moves(engine.advance(T0 + HOUR)).map((x) => x.dueAt), ['2027-02-26T18:00:00.000Z']);
  });

  it('an extension expression that fails after the act is recorded keeps the limit and alerts, without failing the step', () => {
    const m = custodyExtensionModel();
    const term = m.scopes.P.elements.CustodyTerm;
    if (term.type !== 'boundaryTimerEvent') throw new Error('CustodyTerm is a timer');
    term.timer.extensions = 'for e in extensions return e.extendedByMonths';
    const engine = engineFor(m, { detainedAt });
    engine.advance(T0);
    const task = openTasks(engine)[0];
    assert.deepEqual(engine.previewCompletion(task.id, extensionDecision(2, '2027-01-20T10:00:00+06:00')), [], 'not a refusal of the law');
    engine.completeTask(task.id, extensionDecision(2, '2027-01-20T10:00:00+06:00'));
    const effects = engine.advance(T0 + HOUR);
    assert.deepEqual(moves(effects), []);
    const alert = effects.find((e) => e.kind === 'escalate' && e.severity === 'alert');
    assert.match(alert?.kind === 'escalate' ? alert.message : '', /is not a duration|not a duration or \{by, authority\}|failed/);
  });

  it('previews an extension past the year as refused, changing nothing', () => {
    const engine = engineFor(custodyExtensionModel(), { detainedAt });
    engine.advance(T0);
    for (let n = 0; n < 5; n++) {
      const task = openTasks(engine)[0];
      assert.deepEqual(engine.previewCompletion(task.id, extensionDecision(2, '2027-01-20T10:00:00+06:00')), []);
      engine.completeTask(task.id, extensionDecision(2, '2027-01-20T10:00:00+06:00'));
      engine.advance(T0 + n * HOUR);
    }
    const before = JSON.stringify(engine.state);
    const task = openTasks(engine)[0];
    const [reason] = engine.previewCompletion(task.id, extensionDecision(1, '2027-11-20T10:00:00+06:00'));
    assert.match(reason, /custody.term cannot be extended: .* past the absolute maximum/);
    assert.equal(JSON.stringify(engine.state), before, 'the preview changed nothing');
  });

  it('a timer anchored on another limit moves with it while its act stays open', () => {
    const m = model(scope('P', [
      { id: 'S', type: 'startEvent' },
      { id: 'Split', type: 'parallelGateway' },
      { id: 'Hold', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: ['Term'] },
      { id: 'Term', type: 'boundaryTimerEvent', attachedTo: 'Hold', interrupting: true, timer: limitTimer('custody.term', 'detainedAt', { extensions: CUSTODY_EXTENSIONS }) },
      { id: 'Motion', type: 'userTask', record: 'custody-extension-motion', role: 'investigator', boundaryEvents: ['MotionDue'] },
      { id: 'MotionDue', type: 'boundaryTimerEvent', attachedTo: 'Motion', interrupting: false, timer: limitTimer('custody.extension-motion', 'get value(deadlines, "custody.term")') },
      { id: 'Decide', type: 'userTask', record: 'custody-extension-decision', role: 'investigator', boundaryEvents: [], collect: 'extensions' },
      { id: 'E1', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E2', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E3', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E4', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Split'], ['Split', 'Hold'], ['Split', 'Motion'], ['Split', 'Decide'], ['Hold', 'E1'], ['Term', 'E2'], ['Motion', 'E3'], ['MotionDue', 'E4'], ['Decide', 'E4']]));
    const engine = engineFor(m, { detainedAt });
    engine.advance(T0);
    const decide = openTasks(engine).find((t) => t.elementId === 'Decide');
    engine.completeTask(decide?.id ?? '', extensionDecision(2, '2027-01-20T10:00:00+06:00'));
    const moved = moves(engine.advance(T0 + HOUR));
    assert.deepEqual(moved.map((x) => x.dueAt), ['2027-03-26T18:00:00.000Z', '2027-03-21T18:00:00.000Z'], 'the term, then the motion 5 days before it');
  });

  it('an interrupting timer closes the other deadlines of its act as cancelled, and cancels called instances', () => {
    const person = oneTaskScope('Person', 'PT', 'release');
    const m = model(scope('P', [
      { id: 'S', type: 'startEvent' },
      { id: 'Each', type: 'callActivity', calledProcess: 'Person', multiInstance: { collection: 'people', elementVariable: 'person', parallel: true }, boundaryEvents: ['Limit', 'Note'] },
      { id: 'Limit', type: 'boundaryTimerEvent', attachedTo: 'Each', interrupting: true, timer: limitTimer('detention.max', 'detainedAt') },
      { id: 'Note', type: 'boundaryTimerEvent', attachedTo: 'Each', interrupting: false, timer: limitTimer('custody.term', 'detainedAt') },
      { id: 'E1', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E2', type: 'endEvent', terminate: false, escalation: null },
      { id: 'E3', type: 'endEvent', terminate: false, escalation: null },
    ], [['S', 'Each'], ['Each', 'E1'], ['Limit', 'E2'], ['Note', 'E3']]), person);
    const engine = engineFor(m, { detainedAt: new Date(T0).toISOString(), people: [{}, {}] });
    engine.advance(T0);
    const expired = engine.advance(T0 + 48 * HOUR);
    const summary = expired.map((e) => (e.kind === 'closeDeadline' ? `close:${e.status}` : e.kind === 'cancelChildren' ? `cancel:${e.elementId}x${e.count}` : e.kind));
    assert.deepEqual(summary, ['close:expired', 'cancel:Eachx2', 'close:cancelled']);
    assert.equal(engine.state.finished, true);
  });

  it('cancelling the whole instance withdraws its tasks and cancels its running deadlines', () => {
    const engine = engineFor(custodyExtensionModel(), { detainedAt });
    engine.advance(T0);
    assert.deepEqual(kinds(engine.cancelAll()), ['closeDeadline', 'cancelTask', 'closeDeadline']);
    assert.equal(engine.state.finished, true);
    assert.equal(engine.nextDueMs(), null);
  });
});

describe('procedure engine (pure): where an act\'s data goes', () => {
  // Two acts with the same field names, one after the other; a gateway reads the first one's.
  const twoActs = (as: boolean) => model(scope('P', [
    { id: 'S', type: 'startEvent' },
    { id: 'Motion', type: 'userTask', record: 'measure-motion', role: 'investigator', boundaryEvents: [], ...(as ? { as: 'measureMotion' } : {}) },
    { id: 'Decision', type: 'userTask', record: 'measure-decision', role: 'investigator', boundaryEvents: [], ...(as ? { as: 'measureDecision' } : {}) },
    { id: 'Which', type: 'exclusiveGateway', defaultFlow: null },
    { id: 'Custody', type: 'endEvent', terminate: false, escalation: null },
    { id: 'Other', type: 'endEvent', terminate: false, escalation: null },
  ], [['S', 'Motion'], ['Motion', 'Decision'], ['Decision', 'Which'],
    ['Which', 'Custody', as ? 'measureMotion.outcome = "asked" and measureDecision.outcome = "custody"' : 'outcome = "custody"'],
    ['Which', 'Other', as ? 'not(measureDecision.outcome = "custody")' : 'outcome != "custody"']]));

  it('v2 (named): each act keeps its fields under its name, so the decision does not overwrite the motion', () => {
    const engine = engineFor(twoActs(true), {});
    engine.advance(T0);
    const scope0 = engine.state.scopes[0];
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'asked', filedAt: '2026-11-28T10:00:00+06:00' });
    engine.advance(T0 + HOUR);
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'custody', decidedAt: '2026-11-28T12:00:00+06:00' });
    engine.advance(T0 + 2 * HOUR);
    assert.equal(engine.state.finished, true);
    assert.ok(engine.state.done.includes('Custody'), engine.state.done.join());
    assert.equal(scope0.vars.outcome, undefined, 'nothing flat');
    assert.deepEqual(scope0.vars.measureMotion, { outcome: 'asked', filedAt: '2026-11-28T10:00:00+06:00' });
    assert.deepEqual(scope0.vars.measureDecision, { outcome: 'custody', decidedAt: '2026-11-28T12:00:00+06:00' });
  });

  it('v1 (flat), as cases started before v2 run: the later act overwrites the earlier one\'s fields', () => {
    const engine = engineFor(twoActs(false), {});
    engine.advance(T0);
    const scope0 = engine.state.scopes[0];
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'asked' });
    engine.advance(T0 + HOUR);
    engine.completeTask(openTasks(engine)[0].id, { outcome: 'custody' });
    assert.equal(scope0.vars.outcome, 'custody');
    engine.advance(T0 + 2 * HOUR);
    assert.ok(engine.state.done.includes('Custody'));
  });
});
