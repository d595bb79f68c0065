import { isBpmn, type BpmnElement } from './bpmn-element';
import { checkStructure } from './check-structure';
import { compileElement, type ElementContext } from './compile-element';
import { compileFlow } from './compile-flow';
import { describeElement, elementKind } from './describe-element';
import { FlowGraph } from './flow-graph';
import { noteForeignExtensions } from './note-foreign-extensions';
import type { ProcedureElement, ProcessScope, SequenceFlow } from './procedure-model';
import { refusalHint, refusalMessage } from './refusal-message';

/** Elements that carry no flow: shown on the diagram, ignored by the engine. */
const IGNORED = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);
const HOSTS = new Set<ProcedureElement['type']>(['userTask', 'serviceTask', 'callActivity', 'subProcess']);

/**
 * Compiles a process or embedded sub-process into `scopes`, its sub-processes with it. The scope is
 * added even when it has errors, so that later checks can refer to it; the caller discards the
 * model when the log has any error.
 */
export function compileScope(container: BpmnElement, ctx: ElementContext, scopes: Record<string, ProcessScope>): void {
  const { log } = ctx;
  const scopeId = container.id as string;
  const graph = FlowGraph.of(container);
  const elements: Record<string, ProcedureElement> = {};
  const flows: Record<string, SequenceFlow> = {};
  const failed = new Set<string>();
  // Added first, so that a process is listed before its sub-processes.
  const scope: ProcessScope = { id: scopeId, name: container.name ?? null, startId: '', elements, flows };
  scopes[scopeId] = scope;
  noteForeignExtensions(container, log);

  for (const el of container.flowElements ?? []) {
    if (!el.id) {
      log.error(scopeId, 'missing-id', `${describeElement(el)} in ${scopeId} has no id; every element needs one.`.replace(/^./, (c) => c.toUpperCase()), { scope: scopeId, ...elementKind(el) });
      continue;
    }
    noteForeignExtensions(el, log);
    if (el.$type === 'bpmn:SequenceFlow') {
      const flow = compileFlow(el, graph, scopeId, log);
      if (flow) flows[flow.id] = flow;
    } else if (IGNORED.has(el.$type)) {
      log.warning(el.id, 'ignored-element.data', `Element ${el.id} is ${describeElement(el)}; the procedure engine ignores it (case data lives in the records).`, { element: el.id, type: el.$type });
    } else if (isBpmn(el, 'bpmn:FlowNode')) {
      const compiled = compileElement(el, ctx);
      if (compiled) elements[compiled.id] = compiled;
      else failed.add(el.id);
      if (compiled?.type === 'subProcess') compileScope(el, ctx, scopes);
    } else {
      const hint = refusalHint(el);
      log.error(el.id, 'unsupported-element', refusalMessage(el, hint), { element: el.id, ...elementKind(el), hint });
    }
  }

  for (const flow of Object.values(flows)) {
    elements[flow.sourceId]?.outgoing.push(flow.id);
    elements[flow.targetId]?.incoming.push(flow.id);
  }
  for (const el of Object.values(elements)) {
    if (el.type === 'exclusiveGateway' && el.defaultFlow !== null && !el.outgoing.includes(el.defaultFlow)) {
      log.error(el.id, 'default-flow', `Exclusive gateway ${el.id} names ${el.defaultFlow} as its default flow, but that flow does not leave it.`, { gateway: el.id, flow: el.defaultFlow });
    }
    if (el.type !== 'boundaryTimerEvent') continue;
    const host = elements[el.attachedTo];
    if (host && 'boundaryEvents' in host && HOSTS.has(host.type)) host.boundaryEvents.push(el.id);
    else if (!graph.nodes.has(el.attachedTo)) {
      log.error(el.id, 'boundary-detached.other-scope', `Timer ${el.id} is attached to ${el.attachedTo}, which is not in ${scopeId}.`, { timer: el.id, host: el.attachedTo, scope: scopeId });
    } else if (host) {
      log.error(el.id, 'boundary-host', `Timer ${el.id} is attached to ${el.attachedTo}, which is not an act: attach it to a task, call activity or sub-process.`, { timer: el.id, host: el.attachedTo });
    }
  }

  scope.startId = checkStructure(container, graph, failed, log) ?? '';
}
