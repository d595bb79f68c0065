import type { BpmnElement } from './bpmn-element';
import { icjAttribute } from './icj-attribute';

/** An icj timer attribute (limit, anchor, ...) of a timer event: on its timer definition, else on the event. */
export function timerAttribute(event: BpmnElement, name: 'limit' | 'anchor' | 'child' | 'gravity' | 'warn'): string | null {
  const definition = (event.eventDefinitions ?? []).find((d) => d.$type === 'bpmn:TimerEventDefinition');
  return icjAttribute(definition, name) ?? icjAttribute(event, name);
}

/** Whether the element is a timer event (intermediate or boundary). */
export function isTimerEvent(element: BpmnElement): boolean {
  return (element.$type === 'bpmn:BoundaryEvent' || element.$type === 'bpmn:IntermediateCatchEvent')
    && (element.eventDefinitions ?? []).some((d) => d.$type === 'bpmn:TimerEventDefinition');
}
