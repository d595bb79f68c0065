import { BpmnModdle, type ModdleWarning } from 'bpmn-moddle';
import icjDescriptor from './icj-moddle.json';
import type { BpmnElement } from './bpmn-element';
import type { DiagramProblem } from './procedure-model';

/** The largest diagram we read; real procedures are a few hundred kilobytes at most. */
export const MAX_DIAGRAM_BYTES = 2 * 1024 * 1024;

/** The element id problems about the file as a whole are reported against. */
export const DEFINITIONS = 'definitions';

export type ReadDiagramResult =
  | { definitions: BpmnElement; warnings: DiagramProblem[] }
  | { errors: DiagramProblem[] };

/**
 * Parses BPMN XML with bpmn-moddle and the icj extension. Refuses oversized files and any DOCTYPE
 * or ENTITY declaration (no entity expansion, external or internal); reader warnings are returned.
 */
export async function readDiagram(xml: string): Promise<ReadDiagramResult> {
  if (xml.length > MAX_DIAGRAM_BYTES || new TextEncoder().encode(xml).length > MAX_DIAGRAM_BYTES) {
    return refuse('diagram-too-large', `The diagram is larger than ${MAX_DIAGRAM_BYTES / 1024 / 1024} MB; it is not read.`);
  }
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) {
    return refuse('xml-doctype', 'The file contains a DOCTYPE or ENTITY declaration; BPMN diagrams must not declare entities, so it is not read.');
  }
  const moddle = new BpmnModdle({ icj: icjDescriptor });
  let parsed;
  try {
    parsed = await moddle.fromXML(xml, { lax: true });
  } catch (e) {
    return refuse('xml-syntax', `The file is not a readable BPMN diagram: ${firstLine((e as Error).message)}`);
  }
  const definitions = parsed.rootElement as BpmnElement | undefined;
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    return refuse('xml-syntax', 'The file is not a BPMN diagram: its root element is not bpmn:definitions.');
  }
  return { definitions, warnings: parsed.warnings.map(readerWarning) };
}

function refuse(rule: string, message: string): ReadDiagramResult {
  return { errors: [{ elementId: DEFINITIONS, rule, message }] };
}

function readerWarning(w: ModdleWarning): DiagramProblem {
  const elementId = w.element?.id ?? DEFINITIONS;
  const [head, ...rest] = w.message.split('\n');
  const nested = rest.map((l) => l.trim()).find((l) => l.startsWith('nested error:'));
  const unknownAttribute = /^unknown attribute <(.+)>$/.exec(head);
  const unresolved = /^unresolved reference <(.+)>$/.exec(head);
  let message: string;
  if (unknownAttribute) message = `Element ${elementId} has the attribute ${unknownAttribute[1]}, which the ${unknownAttribute[1].split(':')[0]} vocabulary does not define; it is ignored.`;
  else if (unresolved) message = `Element ${elementId} refers to ${unresolved[1]}, which is not in the diagram.`;
  else message = `The diagram reader skipped something: ${head}${nested ? ` (${nested.replace('nested error: ', '')})` : ''}.`;
  return { elementId, rule: 'xml-import', message };
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
