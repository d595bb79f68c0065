import type { BpmnElement } from './bpmn-element';
import type { ProblemLog } from './problem-log';

/** Namespaces whose attributes are XML plumbing, not another modeler's settings. */
const PLUMBING = /^(xmlns(:|$)|xml:|xsi:)/;

/**
 * Warns once per element about attributes and extension elements of other modelers (camunda:,
 * zeebe:, ...): the engine ignores them, and a legal officer should know that it does.
 */
export function noteForeignExtensions(el: BpmnElement, log: ProblemLog): void {
  const parts = [el, ...(el.eventDefinitions ?? []), ...(el.loopCharacteristics ? [el.loopCharacteristics] : [])];
  const attributes = parts.flatMap((p) => Object.keys(p.$attrs ?? {})).filter((name) => !PLUMBING.test(name) && !name.startsWith('icj:'));
  const extensions = parts.flatMap((p) => p.extensionElements?.values ?? []).map((v) => v.$type).filter((t) => !t.startsWith('icj:'));
  if (attributes.length === 0 && extensions.length === 0) return;
  const id = el.id ?? 'definitions';
  const settings = [...new Set([...attributes, ...extensions])];
  log.warning(id, 'foreign-extension', `Element ${id} carries settings of another modeler (${settings.join(', ')}); the procedure engine ignores them.`, { element: id, settings });
}
