import type { BpmnElement } from './bpmn-element';

/** BPMN types in English words, as the compiler's messages name them (the English UI reads the same). */
export const TYPE_WORDS = {
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
} as const;

/** Event definitions in English words. */
export const TRIGGER_WORDS = {
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
} as const;

/** The BPMN types the compiler names in words (others it names by their type). */
export type ElementTypeCode = keyof typeof TYPE_WORDS;

/** How an element is triggered: by none, several, the one event definition it has, or (an event sub-process) by an event. */
export type TriggerCode = keyof typeof TRIGGER_WORDS | 'none' | 'multiple' | 'triggered-by-event';

/**
 * What kind of element this is, as codes the UI translates (a problem's `type` and `trigger`
 * params): its BPMN type and its trigger; an unknown event definition is named by its type.
 */
export function elementKind(element: BpmnElement): { type: string; trigger: string } {
  const definitions = element.eventDefinitions ?? [];
  const [first] = definitions;
  const trigger: string = element.$type === 'bpmn:SubProcess' && element.triggeredByEvent ? 'triggered-by-event'
    : definitions.length > 1 ? 'multiple'
    : first ? first.$type
    : 'none';
  return { type: element.$type, trigger };
}

/** What kind of BPMN element this is, in words a legal officer reads: "a message start event". */
export function describeElement(element: BpmnElement): string {
  const definitions = element.eventDefinitions ?? [];
  const [first] = definitions;
  let words: string = (TYPE_WORDS as Record<string, string>)[element.$type] ?? element.$type.replace(/^bpmn:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (element.$type === 'bpmn:SubProcess' && element.triggeredByEvent) words = 'event sub-process';
  if (definitions.length > 1) words = `multiple-trigger ${words}`;
  else if (first) {
    const trigger = (TRIGGER_WORDS as Record<string, string>)[first.$type] ?? 'special';
    words = element.$type === 'bpmn:IntermediateCatchEvent' ? `${trigger} intermediate event`
      : element.$type === 'bpmn:IntermediateThrowEvent' ? `${trigger} throw event`
      : `${trigger} ${words}`;
  } else if (element.$type === 'bpmn:IntermediateThrowEvent') {
    words = 'intermediate event without a trigger';
  }
  return `${/^([aeio]|un)/.test(words) ? 'an' : 'a'} ${words}`;
}
