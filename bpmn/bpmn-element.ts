/**
 * The parts of a bpmn-moddle element the compiler and the lint rules read. bpmn-moddle builds plain
 * JavaScript objects from its meta-model; this is the shape we rely on, checked by `$type`.
 */
export interface BpmnElement {
  $type: string;
  $parent?: BpmnElement;
  /** Attributes the meta-model does not know (other modelers' namespaces), by qualified name. */
  $attrs?: Record<string, string>;
  id?: string;
  name?: string;
  /** A property by qualified name, e.g. `icj:record`. */
  get(name: string): unknown;

  // Containers (definitions, processes, sub-processes, collaborations)
  rootElements?: BpmnElement[];
  flowElements?: BpmnElement[];
  isExecutable?: boolean;
  triggeredByEvent?: boolean;
  messageFlows?: BpmnElement[];

  // Flow nodes
  eventDefinitions?: BpmnElement[];
  loopCharacteristics?: BpmnElement;
  isForCompensation?: boolean;
  attachedToRef?: BpmnElement;
  cancelActivity?: boolean;
  calledElement?: string;
  default?: BpmnElement;
  extensionElements?: { values?: BpmnElement[] };

  // Sequence flows
  sourceRef?: BpmnElement;
  targetRef?: BpmnElement;
  conditionExpression?: BpmnElement;

  // Expressions, event definitions, loops
  body?: string;
  language?: string;
  timeDuration?: BpmnElement;
  timeDate?: BpmnElement;
  timeCycle?: BpmnElement;
  escalationRef?: BpmnElement;
  escalationCode?: string;
  isSequential?: boolean;
  loopCardinality?: BpmnElement;
  completionCondition?: BpmnElement;
}

/** Whether `element` is of BPMN type `type` or a subtype of it (e.g. `bpmn:FlowNode`). */
export function isBpmn(element: BpmnElement | undefined, type: string): boolean {
  if (!element) return false;
  const moddleElement = element as unknown as { $instanceOf?: (t: string) => boolean };
  return typeof moddleElement.$instanceOf === 'function' ? moddleElement.$instanceOf(type) : element.$type === type;
}
