import { BpmnModdle, type ModdleWarning } from 'bpmn-moddle';
import icjDescriptor from './icj-moddle.json';
import type { BpmnElement } from './bpmn-element';
import { diagramProblem } from './problem-codes';
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
    const megabytes = MAX_DIAGRAM_BYTES / 1024 / 1024;
    return refuse(diagramProblem(DEFINITIONS, 'diagram-too-large', `The diagram is larger than ${megabytes} MB; it is not read.`, { megabytes }));
  }
  if (/<!\s*(DOCTYPE|ENTITY)/i.test(xml)) {
    return refuse(diagramProblem(DEFINITIONS, 'xml-doctype', 'The file contains a DOCTYPE or ENTITY declaration; BPMN diagrams must not declare entities, so it is not read.', {}));
  }
  const moddle = new BpmnModdle({ icj: icjDescriptor });
  let parsed;
  try {
    parsed = await moddle.fromXML(xml, { lax: true });
  } catch (e) {
    const error = firstLine((e as Error).message);
    return refuse(diagramProblem(DEFINITIONS, 'xml-syntax.unreadable', `The file is not a readable BPMN diagram: ${error}`, { error }));
  }
  const definitions = parsed.rootElement as BpmnElement | undefined;
  if (!definitions || definitions.$type !== 'bpmn:Definitions') {
    return refuse(diagramProblem(DEFINITIONS, 'xml-syntax.not-bpmn', 'The file is not a BPMN diagram: its root element is not bpmn:definitions.', {}));
  }
  return { definitions, warnings: parsed.warnings.map(readerWarning) };
}

function refuse(problem: DiagramProblem): ReadDiagramResult {
  return { errors: [problem] };
}

function readerWarning(w: ModdleWarning): DiagramProblem {
  const elementId = w.element?.id ?? DEFINITIONS;
  const [head, ...rest] = w.message.split('\n');
  const nested = rest.map((l) => l.trim()).find((l) => l.startsWith('nested error:'));
  const unknownAttribute = /^unknown attribute <(.+)>$/.exec(head);
  const unresolved = /^unresolved reference <(.+)>$/.exec(head);
  if (unknownAttribute) {
    const [attribute, vocabulary] = [unknownAttribute[1], unknownAttribute[1].split(':')[0]];
    return diagramProblem(elementId, 'xml-import.unknown-attribute', `Element ${elementId} has the attribute ${attribute}, which the ${vocabulary} vocabulary does not define; it is ignored.`, { element: elementId, attribute, vocabulary });
  }
  if (unresolved) {
    return diagramProblem(elementId, 'xml-import.unresolved-reference', `Element ${elementId} refers to ${unresolved[1]}, which is not in the diagram.`, { element: elementId, reference: unresolved[1] });
  }
  const warning = `${head}${nested ? ` (${nested.replace('nested error: ', '')})` : ''}`;
  return diagramProblem(elementId, 'xml-import.skipped', `The diagram reader skipped something: ${warning}.`, { warning });
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
