import type { BpmnElement } from './bpmn-element';
import { describeElement, elementKind } from './describe-element';
import type { FlowGraph } from './flow-graph';
import type { ProblemLog } from './problem-log';

/**
 * The structural checks of one scope: exactly one none start event, nothing unreachable from it,
 * no flows into start or boundary events or out of end events, and no element other than an end
 * event without a way on. Elements in `failed` already have an error and are not checked again.
 * Returns the start event's id, or null when there is none.
 */
export function checkStructure(scope: BpmnElement, graph: FlowGraph, failed: ReadonlySet<string>, log: ProblemLog): string | null {
  const scopeId = scope.id as string;
  const nodes = [...graph.nodes.values()];
  const starts = nodes.filter((n) => n.$type === 'bpmn:StartEvent');
  const noneStarts = starts.filter((n) => (n.eventDefinitions ?? []).length === 0);
  const isProcess = scope.$type === 'bpmn:Process';
  const what = isProcess ? 'Process' : 'Sub-process';
  if (starts.length === 0) {
    log.error(scopeId, isProcess ? 'start-event-required.process' : 'start-event-required.sub-process', `${what} ${scopeId} has no start event; draw one (none) start event where it begins.`, { scope: scopeId });
  }
  const startEvents = noneStarts.map((s) => s.id as string);
  for (const extra of noneStarts.slice(1)) {
    log.error(extra.id as string, isProcess ? 'single-start-event.process' : 'single-start-event.sub-process', `${what} ${scopeId} has more than one start event (${startEvents.join(', ')}); it must begin at exactly one.`, { scope: scopeId, startEvents });
  }

  const reached = noneStarts.length > 0 ? graph.reachableFrom(noneStarts.map((s) => s.id as string)) : null;
  for (const node of nodes) {
    const id = node.id as string;
    if (failed.has(id)) continue;
    const hasIncoming = graph.predecessors(id).length > 0;
    const hasOutgoing = graph.successors(id).length > 0;
    if (node.$type === 'bpmn:StartEvent') {
      if (hasIncoming) log.error(id, 'start-event-incoming', `Start event ${id} has incoming sequence flows; nothing can lead back to the start: flow to the element after it instead.`, { event: id });
      continue;
    }
    if (node.$type === 'bpmn:BoundaryEvent' && hasIncoming) {
      log.error(id, 'boundary-event-incoming', `Boundary event ${id} has incoming sequence flows; it fires on its activity, so nothing can flow into it.`, { event: id });
    }
    if (node.$type === 'bpmn:EndEvent') {
      if (hasOutgoing) log.error(id, 'end-event-outgoing', `End event ${id} has outgoing sequence flows; a path ends there: use an intermediate event or remove the flows.`, { event: id });
    } else if (!hasOutgoing && node.$type === 'bpmn:BoundaryEvent') {
      log.error(id, 'no-dead-end.boundary', `Boundary event ${id} has no outgoing sequence flow: when it fires, the procedure would not know what to do next.`, { event: id });
    } else if (!hasOutgoing) {
      log.error(id, 'no-dead-end', `Element ${id} (${describeElement(node).replace(/^an? /, '')}) has no outgoing sequence flow: the procedure would stop there without reaching an end event.`, { element: id, ...elementKind(node) });
    }
    if (reached && !reached.has(id)) {
      log.error(id, 'unreachable', `Element ${id} cannot be reached from the start event ${noneStarts[0].id}; connect it or remove it.`, { element: id, start: noneStarts[0].id as string });
    }
  }
  return noneStarts[0]?.id ?? null;
}
