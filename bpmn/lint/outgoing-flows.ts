import type { BpmnElement } from '../bpmn-element';

/** The sequence flows leaving a flow node, read from its container (hand-written XML often omits `<outgoing>`). */
export function outgoingFlows(node: BpmnElement): BpmnElement[] {
  return (node.$parent?.flowElements ?? []).filter((f) => f.$type === 'bpmn:SequenceFlow' && f.sourceRef === node);
}
