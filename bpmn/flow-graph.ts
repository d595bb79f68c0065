import { isBpmn, type BpmnElement } from './bpmn-element';

/**
 * The sequence-flow graph of one process or sub-process: its flow nodes and the flows whose source
 * and target both lie in it. Boundary events hang off their activity: reaching the activity
 * reaches them. Used by the compiler's structural checks and by the lint rules.
 */
export class FlowGraph {
  readonly nodes = new Map<string, BpmnElement>();
  private readonly next = new Map<string, string[]>();
  private readonly previous = new Map<string, string[]>();
  private readonly boundaries = new Map<string, string[]>();

  static of(container: BpmnElement): FlowGraph {
    const graph = new FlowGraph();
    const elements = container.flowElements ?? [];
    for (const el of elements) {
      if (el.id && isBpmn(el, 'bpmn:FlowNode')) graph.nodes.set(el.id, el);
    }
    for (const el of elements) {
      const source = el.sourceRef?.id;
      const target = el.targetRef?.id;
      if (el.$type !== 'bpmn:SequenceFlow' || !source || !target || !graph.nodes.has(source) || !graph.nodes.has(target)) continue;
      push(graph.next, source, target);
      push(graph.previous, target, source);
    }
    for (const [id, el] of graph.nodes) {
      const host = el.attachedToRef?.id;
      if (el.$type === 'bpmn:BoundaryEvent' && host) push(graph.boundaries, host, id);
    }
    return graph;
  }

  /** Ids of the nodes the flows out of `id` lead to. */
  successors(id: string): string[] {
    return this.next.get(id) ?? [];
  }

  /** Ids of the nodes with a flow into `id`. */
  predecessors(id: string): string[] {
    return this.previous.get(id) ?? [];
  }

  /** Every node a token starting at `startIds` can reach, boundary events included. */
  reachableFrom(startIds: string[]): Set<string> {
    return walk(startIds, (id) => [...this.successors(id), ...(this.boundaries.get(id) ?? [])]);
  }

  /** Every node from which a path of sequence flows leads to one of `targetIds`. */
  reaching(targetIds: string[]): Set<string> {
    return walk(targetIds, (id) => this.predecessors(id));
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function walk(from: string[], step: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...from];
  while (queue.length > 0) {
    for (const id of step(queue.pop() as string)) {
      if (!seen.has(id)) {
        seen.add(id);
        queue.push(id);
      }
    }
  }
  return seen;
}
