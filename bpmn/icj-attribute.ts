import type { BpmnElement } from './bpmn-element';

/** An `icj:` attribute of an element, trimmed; null when absent or blank. */
export function icjAttribute(element: BpmnElement | undefined, name: string): string | null {
  const value = element?.get(`icj:${name}`);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
