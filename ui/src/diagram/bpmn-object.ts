/** The parts of a bpmn-moddle element this UI reads; bpmn-js itself types them as `any`. */
export interface BpmnObject {
  $type: string;
  $parent?: BpmnObject;
  id?: string;
  name?: string;
  flowElements?: BpmnObject[];
  get(name: string): unknown;
  $instanceOf(type: string): boolean;
}

/** A `bpmndi:BPMNDiagram`: one drawing, of the process (or collaboration, sub-process) its plane shows. */
export interface BpmnDiagram {
  id: string;
  name?: string;
  plane?: { bpmnElement?: BpmnObject };
}

/** `bpmn:Definitions`, the root of a BPMN file. */
export interface BpmnDefinitions extends BpmnObject {
  rootElements?: BpmnObject[];
  diagrams?: BpmnDiagram[];
}
