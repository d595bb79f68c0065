import type { BpmnElement } from './bpmn-element';

const TYPE_WORDS: Record<string, string> = {
  'bpmn:Task': 'task without a type',
  'bpmn:UserTask': 'user task',
  'bpmn:ServiceTask': 'service task',
  'bpmn:ScriptTask': 'script task',
  'bpmn:SendTask': 'send task',
  'bpmn:ReceiveTask': 'receive task',
  'bpmn:BusinessRuleTask': 'business rule task',
  'bpmn:ManualTask': 'manual task',
  'bpmn:CallActivity': 'call activity',
  'bpmn:SubProcess': 'sub-process',
  'bpmn:AdHocSubProcess': 'ad-hoc sub-process',
  'bpmn:Transaction': 'transaction sub-process',
  'bpmn:ExclusiveGateway': 'exclusive gateway',
  'bpmn:ParallelGateway': 'parallel gateway',
  'bpmn:InclusiveGateway': 'inclusive gateway',
  'bpmn:EventBasedGateway': 'event-based gateway',
  'bpmn:ComplexGateway': 'complex gateway',
  'bpmn:StartEvent': 'start event',
  'bpmn:EndEvent': 'end event',
  'bpmn:IntermediateCatchEvent': 'intermediate event that waits',
  'bpmn:IntermediateThrowEvent': 'intermediate event',
  'bpmn:BoundaryEvent': 'boundary event',
  'bpmn:DataObject': 'data object',
  'bpmn:DataObjectReference': 'data object',
  'bpmn:DataStoreReference': 'data store',
  'bpmn:SequenceFlow': 'sequence flow',
  'bpmn:MessageFlow': 'message flow',
  'bpmn:Process': 'process',
  'bpmn:StandardLoopCharacteristics': 'loop',
  'bpmn:MultiInstanceLoopCharacteristics': 'multi-instance loop',
};

const TRIGGER_WORDS: Record<string, string> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:SignalEventDefinition': 'signal',
  'bpmn:ConditionalEventDefinition': 'conditional',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:CompensateEventDefinition': 'compensation',
  'bpmn:CancelEventDefinition': 'cancel',
  'bpmn:LinkEventDefinition': 'link',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:TerminateEventDefinition': 'terminate',
};

/** What kind of BPMN element this is, in words a legal officer reads: "a message start event". */
export function describeElement(element: BpmnElement): string {
  const definitions = element.eventDefinitions ?? [];
  let words = TYPE_WORDS[element.$type] ?? element.$type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (element.$type === 'bpmn:SubProcess' && element.triggeredByEvent) words = 'event sub-process';
  if (definitions.length > 1) words = `multiple-trigger ${words}`;
  else if (definitions.length === 1) {
    const trigger = TRIGGER_WORDS[definitions[0].$type] ?? 'special';
    words = element.$type === 'bpmn:IntermediateCatchEvent' ? `${trigger} intermediate event`
      : element.$type === 'bpmn:IntermediateThrowEvent' ? `${trigger} throw event`
      : `${trigger} ${words}`;
  } else if (element.$type === 'bpmn:IntermediateThrowEvent') {
    words = 'intermediate event without a trigger';
  }
  return `${/^([aeio]|un)/.test(words) ? 'an' : 'a'} ${words}`;
}
