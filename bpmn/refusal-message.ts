import type { BpmnElement } from './bpmn-element';
import { describeElement } from './describe-element';

const RECORD_AN_ACT = 'model what happens as a user task in which an officer records it (icj:record)';

/** What to draw instead of an element the engine cannot run, by a code the UI translates (a problem's `hint`). */
/** What to draw instead, in English, as the compiler's messages say it (the English UI reads the same). */
export const HINTS = {
  'typed-task': 'make it a user task (with icj:record and icj:role) or a service task (with icj:action)',
  'service-task': 'use a service task with an icj:action',
  'notifying-service-task': 'use a service task with an icj:action, such as notify-prosecutor',
  'record-an-act': RECORD_AN_ACT,
  'gateway-conditions': 'decide with an exclusive gateway and FEEL conditions',
  'recorded-user-task': 'use a user task with an icj:record, so that the act is recorded',
  'sub-process-parallel': 'use an embedded sub-process with a parallel gateway',
  'embedded-sub-process': 'use an embedded sub-process',
  'exclusive-or-parallel': 'use an exclusive gateway, or a parallel gateway followed by exclusive gateways',
  'boundary-timers': 'put timer boundary events on the task that waits',
  'exclusive-and-parallel': 'use exclusive and parallel gateways',
  'acts-and-timers-only': `it reacts only to recorded acts and timers, so ${RECORD_AN_ACT}`,
  'gateway-after-act': 'decide with an exclusive gateway after the act that records the data',
  'escalation-or-outcome': 'use an escalation event, or an exclusive gateway on the recorded outcome',
  'explicit-reversal': 'model the reversal as explicit tasks',
  'explicit-cancellation': 'model the cancellation as explicit tasks',
  'draw-flow': 'draw the sequence flow instead',
  'start-then-timer': 'a procedure starts when the case is registered, so use a none start event followed by a timer event',
  'escalation-throw': 'an escalation alerts a supervisor and nothing in the procedure waits for it; use an escalation throw or end event',
  'terminate-end': 'use a terminate end event',
  'sends-nothing': 'it sends no messages or signals: alert a supervisor with an escalation event, or notify someone with a service task and an icj:action',
  'sub-process-timers': 'put timer boundary events on an embedded sub-process instead',
  'one-trigger': 'give the event one trigger',
  'stage-on-next': 'remove it, or mark the milestone with an icj:stage on the next element',
  'attach-timer': 'give it a timer: only legal time limits can be attached to an act',
  'redraw': 'remove it or redraw that part with the supported elements',
} as const;

/** What the refusal of an element advises, as a code. */
export type RefusalHint = keyof typeof HINTS;

/** What to draw instead, by BPMN type. */
const TYPE_HINTS: Record<string, RefusalHint> = {
  'bpmn:Task': 'typed-task',
  'bpmn:ScriptTask': 'service-task',
  'bpmn:SendTask': 'notifying-service-task',
  'bpmn:ReceiveTask': 'record-an-act',
  'bpmn:BusinessRuleTask': 'gateway-conditions',
  'bpmn:ManualTask': 'recorded-user-task',
  'bpmn:AdHocSubProcess': 'sub-process-parallel',
  'bpmn:Transaction': 'embedded-sub-process',
  'bpmn:InclusiveGateway': 'exclusive-or-parallel',
  'bpmn:EventBasedGateway': 'boundary-timers',
  'bpmn:ComplexGateway': 'exclusive-and-parallel',
};

/** What to draw instead, by event trigger. */
const TRIGGER_HINTS: Record<string, RefusalHint> = {
  'bpmn:MessageEventDefinition': 'acts-and-timers-only',
  'bpmn:SignalEventDefinition': 'acts-and-timers-only',
  'bpmn:ConditionalEventDefinition': 'gateway-after-act',
  'bpmn:ErrorEventDefinition': 'escalation-or-outcome',
  'bpmn:CompensateEventDefinition': 'explicit-reversal',
  'bpmn:CancelEventDefinition': 'explicit-cancellation',
  'bpmn:LinkEventDefinition': 'draw-flow',
  'bpmn:TimerEventDefinition': 'start-then-timer',
  'bpmn:EscalationEventDefinition': 'escalation-throw',
  'bpmn:TerminateEventDefinition': 'terminate-end',
};

const SENDING = new Set(['bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition']);

/** What to draw instead of an element the engine cannot run: `hint` when the caller knows, else by its type and trigger. */
export function refusalHint(element: BpmnElement, hint?: RefusalHint): RefusalHint {
  const definitions = element.eventDefinitions ?? [];
  const only = definitions.length === 1 ? definitions[0] : undefined;
  return hint
    ?? (element.$type === 'bpmn:SubProcess' && element.triggeredByEvent ? 'sub-process-timers'
      : definitions.length > 1 ? 'one-trigger'
      : only && SENDING.has(only.$type) && /Throw|End/.test(element.$type) ? 'sends-nothing'
      : only ? TRIGGER_HINTS[only.$type]
      : element.$type === 'bpmn:IntermediateThrowEvent' ? 'stage-on-next'
      : TYPE_HINTS[element.$type])
    ?? 'redraw';
}

/**
 * Why the engine refuses an element, naming it: "Element Task_7 is a script task, which the
 * procedure engine cannot run; use a service task with an icj:action".
 */
export function refusalMessage(element: BpmnElement, hint: RefusalHint = refusalHint(element)): string {
  return `Element ${element.id ?? '(without id)'} is ${describeElement(element)}, which the procedure engine cannot run; ${HINTS[hint]}.`;
}
