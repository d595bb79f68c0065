import type { BpmnElement } from './bpmn-element';
import { describeElement } from './describe-element';

const RECORD_AN_ACT = 'model what happens as a user task in which an officer records it (icj:record)';

/** What to draw instead, by BPMN type. */
const TYPE_HINTS: Record<string, string> = {
  'bpmn:Task': 'make it a user task (with icj:record and icj:role) or a service task (with icj:action)',
  'bpmn:ScriptTask': 'use a service task with an icj:action',
  'bpmn:SendTask': 'use a service task with an icj:action, such as notify-prosecutor',
  'bpmn:ReceiveTask': RECORD_AN_ACT,
  'bpmn:BusinessRuleTask': 'decide with an exclusive gateway and FEEL conditions',
  'bpmn:ManualTask': 'use a user task with an icj:record, so that the act is recorded',
  'bpmn:AdHocSubProcess': 'use an embedded sub-process with a parallel gateway',
  'bpmn:Transaction': 'use an embedded sub-process',
  'bpmn:InclusiveGateway': 'use an exclusive gateway, or a parallel gateway followed by exclusive gateways',
  'bpmn:EventBasedGateway': 'put timer boundary events on the task that waits',
  'bpmn:ComplexGateway': 'use exclusive and parallel gateways',
};

/** What to draw instead, by event trigger. */
const TRIGGER_HINTS: Record<string, string> = {
  'bpmn:MessageEventDefinition': `it reacts only to recorded acts and timers, so ${RECORD_AN_ACT}`,
  'bpmn:SignalEventDefinition': `it reacts only to recorded acts and timers, so ${RECORD_AN_ACT}`,
  'bpmn:ConditionalEventDefinition': 'decide with an exclusive gateway after the act that records the data',
  'bpmn:ErrorEventDefinition': 'use an escalation event, or an exclusive gateway on the recorded outcome',
  'bpmn:CompensateEventDefinition': 'model the reversal as explicit tasks',
  'bpmn:CancelEventDefinition': 'model the cancellation as explicit tasks',
  'bpmn:LinkEventDefinition': 'draw the sequence flow instead',
  'bpmn:TimerEventDefinition': 'a procedure starts when the case is registered, so use a none start event followed by a timer event',
  'bpmn:EscalationEventDefinition': 'an escalation alerts a supervisor and nothing in the procedure waits for it; use an escalation throw or end event',
  'bpmn:TerminateEventDefinition': 'use a terminate end event',
};

/** What to draw instead of an event that sends a message or signal. */
const SENDING_HINT = 'it sends no messages or signals: alert a supervisor with an escalation event, or notify someone with a service task and an icj:action';
const SENDING = new Set(['bpmn:MessageEventDefinition', 'bpmn:SignalEventDefinition']);

/**
 * Why the engine refuses an element, naming it: "Element Task_7 is a script task, which the
 * procedure engine cannot run; use a service task with an icj:action".
 */
export function refusalMessage(element: BpmnElement, hint?: string): string {
  const definitions = element.eventDefinitions ?? [];
  const why = hint
    ?? (element.$type === 'bpmn:SubProcess' && element.triggeredByEvent ? 'put timer boundary events on an embedded sub-process instead'
      : definitions.length > 1 ? 'give the event one trigger'
      : definitions.length === 1 && SENDING.has(definitions[0].$type) && /Throw|End/.test(element.$type) ? SENDING_HINT
      : definitions.length === 1 ? TRIGGER_HINTS[definitions[0].$type]
      : element.$type === 'bpmn:IntermediateThrowEvent' ? 'remove it, or mark the milestone with an icj:stage on the next element'
      : TYPE_HINTS[element.$type])
    ?? 'remove it or redraw that part with the supported elements';
  return `Element ${element.id ?? '(without id)'} is ${describeElement(element)}, which the procedure engine cannot run; ${why}.`;
}
