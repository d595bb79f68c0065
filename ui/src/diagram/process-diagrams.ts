import type { BpmnDefinitions, BpmnDiagram, BpmnObject } from './bpmn-object';

/** A top-level drawing of a BPMN file: one process (or the processes of one collaboration). */
export interface ProcessDiagram {
  diagram: BpmnDiagram;
  /** Ids of the processes drawn on it. */
  processIds: string[];
  /** The process name, else its id. */
  label: string;
}

/** The processes a plane draws: the process itself, or each participant's process of a collaboration. */
function processesOf(element: BpmnObject): BpmnObject[] {
  if (element.$instanceOf('bpmn:Process')) return [element];
  if (element.$instanceOf('bpmn:Collaboration')) {
    const participants = (element.get('participants') ?? []) as BpmnObject[];
    return participants.map((p) => p.get('processRef') as BpmnObject | undefined).filter((p) => p !== undefined);
  }
  return [];
}

/**
 * The drawings a user can switch between: one per process or collaboration. Sub-process planes
 * (bpmn-js adds a diagram for each collapsed sub-process) are reached by drilling down instead.
 */
export function processDiagrams(definitions: BpmnDefinitions): ProcessDiagram[] {
  const result: ProcessDiagram[] = [];
  for (const diagram of definitions.diagrams ?? []) {
    const element = diagram.plane?.bpmnElement;
    if (!element) continue;
    const processes = processesOf(element);
    if (processes.length === 0) continue;
    const label = element.name || processes.map((p) => p.name || p.id).join(', ') || diagram.id;
    result.push({ diagram, processIds: processes.map((p) => p.id ?? ''), label });
  }
  return result;
}

/** Every flow element of a process or sub-process, nested ones included. */
export function* flowElementsOf(container: BpmnObject): Generator<BpmnObject> {
  for (const element of container.flowElements ?? []) {
    yield element;
    yield* flowElementsOf(element);
  }
}

/** The process an element belongs to (its own id when it is one). */
function processOf(element: BpmnObject): BpmnObject | undefined {
  for (let e: BpmnObject | undefined = element; e; e = e.$parent) {
    if (e.$instanceOf('bpmn:Process')) return e;
  }
  return undefined;
}

/** The element with this id among the processes' flow elements, or a process itself. */
export function findProcessElement(definitions: BpmnDefinitions, id: string): BpmnObject | undefined {
  for (const root of definitions.rootElements ?? []) {
    if (!root.$instanceOf('bpmn:Process')) continue;
    if (root.id === id) return root;
    for (const element of flowElementsOf(root)) if (element.id === id) return element;
  }
  return undefined;
}

/** The top-level drawing that shows the element with this id, if any does. */
export function diagramShowing(definitions: BpmnDefinitions, elementId: string): ProcessDiagram | undefined {
  const element = findProcessElement(definitions, elementId);
  const process = element && processOf(element);
  if (!process?.id) return undefined;
  return processDiagrams(definitions).find((d) => d.processIds.includes(process.id!));
}

/** The process each call activity calls (`calledElement`), by call activity id. */
export function calledProcesses(definitions: BpmnDefinitions): Map<string, string> {
  const called = new Map<string, string>();
  for (const root of definitions.rootElements ?? []) {
    if (!root.$instanceOf('bpmn:Process')) continue;
    for (const element of flowElementsOf(root)) {
      const calledElement = element.$instanceOf('bpmn:CallActivity') ? element.get('calledElement') : undefined;
      if (element.id && typeof calledElement === 'string') called.set(element.id, calledElement);
    }
  }
  return called;
}
