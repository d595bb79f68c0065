import type Modeler from 'bpmn-js/lib/Modeler';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Selection from 'diagram-js/lib/features/selection/Selection';
import type { BpmnDefinitions } from '../diagram/bpmn-object';
import { diagramShowing } from '../diagram/process-diagrams';

/** Below this zoom a revealed element would be too small to read. */
const READABLE_ZOOM = 0.8;

type Point = { x: number; y: number };

/** Puts the middle of a shape, or of a connection's waypoints, in the middle of the canvas. */
function centre(canvas: Canvas, element: object) {
  const shape = element as Partial<Point & { width: number; height: number; waypoints: Point[] }>;
  let mid: Point | undefined;
  if (shape.waypoints?.length) {
    const xs = shape.waypoints.map((p) => p.x);
    const ys = shape.waypoints.map((p) => p.y);
    mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  } else if (shape.x !== undefined && shape.y !== undefined) {
    mid = { x: shape.x + (shape.width ?? 0) / 2, y: shape.y + (shape.height ?? 0) / 2 };
  }
  if (!mid) return;
  const { width, height } = canvas.viewbox();
  canvas.viewbox({ x: mid.x - width / 2, y: mid.y - height / 2, width, height });
}

/**
 * Shows the element with this id and selects it: opens the drawing of its process first, and the
 * plane of a collapsed sub-process it is in. False when the file draws no such element.
 */
export async function revealElement(modeler: Modeler, elementId: string, showDiagram: (diagramId: string) => Promise<void>): Promise<boolean> {
  const registry = modeler.get<ElementRegistry>('elementRegistry');
  if (!registry.get(elementId)) {
    const target = diagramShowing(modeler.getDefinitions() as BpmnDefinitions, elementId);
    if (!target) return false;
    await showDiagram(target.diagram.id);
  }
  const element = registry.get(elementId);
  if (!element) return false;
  const canvas = modeler.get<Canvas>('canvas');
  // switches to the element's plane (a collapsed sub-process's) if need be
  canvas.scrollToElement(element);
  if (canvas.zoom() < READABLE_ZOOM) canvas.zoom(1);
  centre(canvas, element);
  // a process is a root: it is shown, not selected
  if (element.parent) modeler.get<Selection>('selection').select(element);
  return true;
}
