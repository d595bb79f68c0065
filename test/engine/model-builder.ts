import type { ProcedureElement, ProcedureModel, ProcessScope, SequenceFlow, TimerSpec } from '../../bpmn/procedure-model';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type ElementInput = DistributiveOmit<ProcedureElement, 'incoming' | 'outgoing' | 'name' | 'stage'> & { name?: string; stage?: string };

/** Builds a ProcedureModel scope from elements and flows `[from, to, condition?]`, filling incoming/outgoing. */
export function scope(id: string, elements: ElementInput[], flows: Array<[string, string, string?]>): ProcessScope {
  const els: Record<string, ProcedureElement> = {};
  for (const e of elements) els[e.id] = { name: null, stage: null, incoming: [], outgoing: [], ...e } as ProcedureElement;
  const fl: Record<string, SequenceFlow> = {};
  flows.forEach(([from, to, condition], i) => {
    const fid = `F${i + 1}_${from}_${to}`;
    fl[fid] = { id: fid, name: null, sourceId: from, targetId: to, condition: condition ?? null };
    els[from].outgoing.push(fid);
    els[to].incoming.push(fid);
  });
  const start = elements.find((e) => e.type === 'startEvent');
  if (!start) throw new Error('no start');
  return { id, name: null, startId: start.id, elements: els, flows: fl };
}

export function model(main: ProcessScope, ...others: ProcessScope[]): ProcedureModel {
  return { schemaVersion: 1, key: main.id, name: null, main: main.id, scopes: Object.fromEntries([main, ...others].map((s) => [s.id, s])) };
}

/** A scope with one user task between its start and end (`${id}Start`, `taskId`, `${id}End`). */
export function oneTaskScope(id: string, taskId: string, record: string): ProcessScope {
  return scope(id, [
    { id: `${id}Start`, type: 'startEvent' },
    { id: taskId, type: 'userTask', record, role: 'investigator', boundaryEvents: [] },
    { id: `${id}End`, type: 'endEvent', terminate: false, escalation: null },
  ], [[`${id}Start`, taskId], [taskId, `${id}End`]]);
}

/** Two tasks (`A`, `B`) between a parallel split and join. */
export function parallelTasksModel(): ProcedureModel {
  return model(scope('P', [
    { id: 'S', type: 'startEvent' },
    { id: 'Split', type: 'parallelGateway' },
    { id: 'A', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: [] },
    { id: 'B', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: [] },
    { id: 'Join', type: 'parallelGateway' },
    { id: 'E', type: 'endEvent', terminate: false, escalation: null },
  ], [['S', 'Split'], ['Split', 'A'], ['Split', 'B'], ['A', 'Join'], ['B', 'Join'], ['Join', 'E']]));
}

export function limitTimer(limit: string, anchor: string, extra: Partial<TimerSpec> = {}): TimerSpec {
  return { limit, anchor, child: null, gravity: null, warn: [], extensions: null, term: null, duration: null, date: null, ...extra };
}

export function durationTimer(duration: string): TimerSpec {
  return { limit: null, anchor: null, child: null, gravity: null, warn: [], duration, date: null };
}

/** The detention procedure of one person, as the shipped diagram models it. */
export function detentionModel(): ProcedureModel {
  return model(scope('Detention', [
    { id: 'Start', type: 'startEvent' },
    { id: 'RecordDecision', type: 'userTask', record: 'measure-decision', role: 'investigator', boundaryEvents: ['DetentionLimit'], stage: 'detention' },
    { id: 'DetentionLimit', type: 'boundaryTimerEvent', attachedTo: 'RecordDecision', interrupting: true,
      timer: limitTimer('detention.max', 'detainedAt', { child: 'isChild', warn: ['PT12H', 'PT3H'] }) },
    { id: 'EscalateExpiry', type: 'escalationThrowEvent', escalation: { code: 'detention-expired', name: 'Detention limit expired' } },
    { id: 'Decided', type: 'exclusiveGateway', defaultFlow: null },
    { id: 'RecordRelease', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: [] },
    { id: 'InCustody', type: 'endEvent', terminate: false, escalation: null },
    { id: 'Released', type: 'endEvent', terminate: false, escalation: null },
  ], [
    ['Start', 'RecordDecision'],
    ['RecordDecision', 'Decided'],
    ['Decided', 'InCustody', 'outcome = "custody"'],
    ['Decided', 'RecordRelease'],
    ['DetentionLimit', 'EscalateExpiry'],
    ['EscalateExpiry', 'RecordRelease'],
    ['RecordRelease', 'Released'],
  ]));
}

/**
 * The judge's decision under the 48 h limit (anchored on `detainedAt`) and, in parallel, a second
 * act (`OtherAct`, a release record here) whose completion changes the case's variables.
 */
export function limitWithSecondActModel(): ProcedureModel {
  return model(scope('P', [
    { id: 'S', type: 'startEvent' },
    { id: 'Split', type: 'parallelGateway' },
    { id: 'RecordDecision', type: 'userTask', record: 'measure-decision', role: 'investigator', boundaryEvents: ['DetentionLimit'] },
    { id: 'DetentionLimit', type: 'boundaryTimerEvent', attachedTo: 'RecordDecision', interrupting: true,
      timer: limitTimer('detention.max', 'detainedAt') },
    { id: 'OtherAct', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: [] },
    { id: 'E1', type: 'endEvent', terminate: false, escalation: null },
    { id: 'E2', type: 'endEvent', terminate: false, escalation: null },
    { id: 'E3', type: 'endEvent', terminate: false, escalation: null },
  ], [['S', 'Split'], ['Split', 'RecordDecision'], ['Split', 'OtherAct'], ['RecordDecision', 'E1'], ['DetentionLimit', 'E2'], ['OtherAct', 'E3']]));
}

/** FEEL giving the months of every granted custody extension as durations ("P2M"), in order. */
export const CUSTODY_EXTENSIONS = 'for e in extensions[outcome = "extended"] return "P" + string(e.extendedByMonths) + "M"';

/**
 * Custody with its extensions: a group sub-process under the custody term (anchored on
 * `detainedAt`, extended by every extension decision collected in `extensions`); inside, the
 * judge's decision repeats while custody is extended, and must come before the extension motion
 * deadline, which is anchored on the published custody deadline.
 */
export function custodyExtensionModel(): ProcedureModel {
  const custody = scope('Custody', [
    { id: 'CS', type: 'startEvent' },
    { id: 'Decide', type: 'userTask', record: 'custody-extension-decision', role: 'investigator', boundaryEvents: ['MotionDue'], collect: 'extensions' },
    { id: 'MotionDue', type: 'boundaryTimerEvent', attachedTo: 'Decide', interrupting: false,
      timer: limitTimer('custody.extension-motion', 'get value(deadlines, "custody.term")') },
    { id: 'MotionLate', type: 'endEvent', terminate: false, escalation: { code: 'motion-late', name: 'Extension motion late' } },
    { id: 'Extended', type: 'exclusiveGateway', defaultFlow: null },
    { id: 'CE', type: 'endEvent', terminate: false, escalation: null },
  ], [['CS', 'Decide'], ['Decide', 'Extended'], ['Extended', 'Decide', 'outcome = "extended"'], ['Extended', 'CE'], ['MotionDue', 'MotionLate']]);
  return model(scope('P', [
    { id: 'S', type: 'startEvent' },
    { id: 'InCustody', type: 'subProcess', scope: 'Custody', multiInstance: null, boundaryEvents: ['CustodyTerm'] },
    { id: 'CustodyTerm', type: 'boundaryTimerEvent', attachedTo: 'InCustody', interrupting: true,
      timer: limitTimer('custody.term', 'detainedAt', { extensions: CUSTODY_EXTENSIONS }) },
    { id: 'Release', type: 'userTask', record: 'release', role: 'investigator', boundaryEvents: [] },
    { id: 'E', type: 'endEvent', terminate: false, escalation: null },
    { id: 'Ended', type: 'endEvent', terminate: false, escalation: null },
  ], [['S', 'InCustody'], ['InCustody', 'Ended'], ['CustodyTerm', 'Release'], ['Release', 'E']]), custody);
}

/** A custody extension decision about a synthetic person: extended by `months`, or refused (0). */
export function extensionDecision(
  months: number, decidedAt: string, { personId = '3f6b2c1e-8a4d-4e2f-9b7c-1d2e3f4a5b6c', newExpiryDate = decidedAt.slice(0, 10) } = {},
): Record<string, unknown> {
  const common = {
    personId, sex: 'male', ageBand: '25-29', isChild: false, decidedAt,
    court: 'Synthetic District Court',
  };
  return months > 0
    ? { ...common, outcome: 'extended', extendedByMonths: months, newExpiryDate }
    : { ...common, outcome: 'extension-refused', releaseOrderedAt: decidedAt };
}
