import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import type { BpmnObject } from '../diagram/bpmn-object';

/** The modeler services an edit goes through, so that it can be undone like any other. */
export interface EditServices {
  modeling: Modeling;
  bpmnFactory: BpmnFactory;
}

/** One editable value of the selected element: an `icj:` attribute or a flow's condition. */
export interface AttributeField {
  /** The attribute's local name (`record`, `limit`, ...) or `condition`. */
  name: string;
  value: string;
  /** A FEEL expression, edited in a wider box. */
  expression: boolean;
  /** Stores the value; an empty one removes the attribute. */
  set(value: string): void;
}

/** A titled group of fields; `title` is a message key, or the flow it belongs to. */
export interface AttributeGroup {
  title: 'panel.act' | 'panel.automaticAct' | 'panel.timer' | 'panel.condition' | 'panel.multiInstance' | 'panel.stage';
  /** For a gateway's outgoing flows: the flow, and whether it is the default one. */
  flow?: { id: string; name: string | undefined; isDefault: boolean };
  fields: AttributeField[];
}

const USER_TASK = ['record', 'role', 'collect'];
const SERVICE_TASK = ['action'];
const TIMER = ['limit', 'anchor', 'child', 'gravity', 'warn', 'extensions', 'term'];
const MULTI_INSTANCE = ['collection', 'elementVariable'];
const EXPRESSIONS = new Set(['anchor', 'child', 'gravity', 'extensions', 'term', 'collection', 'condition']);

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** `icj:<name>` on the element's own business object. */
function onElement(element: Element, name: string, edit: EditServices): AttributeField {
  const bo = element.businessObject as BpmnObject;
  return {
    name,
    value: text(bo.get(`icj:${name}`)),
    expression: EXPRESSIONS.has(name),
    set: (value) => edit.modeling.updateProperties(element, { [`icj:${name}`]: value || undefined }),
  };
}

/** `icj:<name>` on a moddle element the element owns (its timer definition, loop characteristics). */
function onPart(element: Element, part: BpmnObject, name: string, edit: EditServices): AttributeField {
  return {
    name,
    value: text(part.get(`icj:${name}`)),
    expression: EXPRESSIONS.has(name),
    set: (value) => edit.modeling.updateModdleProperties(element, part, { [`icj:${name}`]: value || undefined }),
  };
}

/**
 * A timer attribute where the compiler reads it (bpmn/timer-attribute.ts): on the timer definition,
 * else on the event. It is edited where it is written, and new ones go on the event.
 */
function timerField(element: Element, definition: BpmnObject, name: string, edit: EditServices): AttributeField {
  return definition.get(`icj:${name}`) != null ? onPart(element, definition, name, edit) : onElement(element, name, edit);
}

/** A sequence flow's FEEL condition (`conditionExpression`); an empty one removes the condition. */
function conditionField(flow: Element, edit: EditServices): AttributeField {
  const condition = (flow.businessObject as BpmnObject).get('conditionExpression') as BpmnObject | undefined;
  return {
    name: 'condition',
    value: text(condition?.get('body')),
    expression: true,
    set(value) {
      if (!value) edit.modeling.updateProperties(flow, { conditionExpression: undefined });
      else if (condition) edit.modeling.updateModdleProperties(flow, condition, { body: value });
      else edit.modeling.updateProperties(flow, { conditionExpression: edit.bpmnFactory.create('bpmn:FormalExpression', { body: value }) });
    },
  };
}

function timerDefinitionOf(bo: BpmnObject): BpmnObject | undefined {
  if (!is(bo, 'bpmn:BoundaryEvent') && !is(bo, 'bpmn:IntermediateCatchEvent')) return undefined;
  const definitions = (bo.get('eventDefinitions') ?? []) as BpmnObject[];
  return definitions.find((d) => is(d, 'bpmn:TimerEventDefinition'));
}

/** The source's default flow, if the flow is it. */
function isDefaultFlow(flow: BpmnObject): boolean {
  const source = flow.get('sourceRef') as BpmnObject | undefined;
  return source?.get('default') === flow;
}

/** The `icj:` attributes (and conditions) of an element that the procedure compiler reads, grouped. */
export function attributeGroups(element: Element, edit: EditServices): AttributeGroup[] {
  const bo = element.businessObject as BpmnObject;
  const groups: AttributeGroup[] = [];
  if (is(bo, 'bpmn:UserTask')) groups.push({ title: 'panel.act', fields: USER_TASK.map((n) => onElement(element, n, edit)) });
  if (is(bo, 'bpmn:ServiceTask')) groups.push({ title: 'panel.automaticAct', fields: SERVICE_TASK.map((n) => onElement(element, n, edit)) });
  const timer = timerDefinitionOf(bo);
  if (timer) groups.push({ title: 'panel.timer', fields: TIMER.map((n) => timerField(element, timer, n, edit)) });
  if (is(bo, 'bpmn:SequenceFlow')) {
    groups.push({
      title: 'panel.condition',
      flow: { id: bo.id ?? '', name: bo.name, isDefault: isDefaultFlow(bo) },
      fields: [conditionField(element, edit)],
    });
  }
  if (is(bo, 'bpmn:Gateway')) {
    // diagram-js types connections without the business object bpmn-js gives every element
    for (const flow of (element.outgoing ?? []) as unknown as Element[]) {
      const flowBo = flow.businessObject as BpmnObject;
      groups.push({
        title: 'panel.condition',
        flow: { id: flowBo.id ?? '', name: flowBo.name, isDefault: isDefaultFlow(flowBo) },
        fields: [conditionField(flow, edit)],
      });
    }
  }
  const loop = bo.get('loopCharacteristics') as BpmnObject | undefined;
  if (loop && is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) {
    groups.push({ title: 'panel.multiInstance', fields: MULTI_INSTANCE.map((n) => onPart(element, loop, n, edit)) });
  }
  if (is(bo, 'bpmn:FlowNode')) groups.push({ title: 'panel.stage', fields: [onElement(element, 'stage', edit)] });
  return groups;
}
