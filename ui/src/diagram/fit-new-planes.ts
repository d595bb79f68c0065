import type Canvas from 'diagram-js/lib/core/Canvas';
import type EventBus from 'diagram-js/lib/core/EventBus';
import { is } from 'bpmn-js/lib/util/ModelUtil';
import { BELOW_BREADCRUMBS, fitToCanvas } from './canvas-zoom';

/** After bpmn-js's drill-down centring, which otherwise opens a sub-process plane at its top-left corner. */
const AFTER_DRILLDOWN_CENTERING = 500;

/**
 * diagram-js service `fitNewPlanes`: the first time the reader drills down into a collapsed
 * sub-process, its whole plane is fitted into the canvas; later visits keep where the reader was.
 */
export class FitNewPlanes {
  static $inject = ['eventBus', 'canvas'];

  constructor(eventBus: EventBus, canvas: Canvas) {
    const seen = new Set<unknown>();
    eventBus.on('root.set', AFTER_DRILLDOWN_CENTERING, (event: { element: { businessObject?: unknown } }) => {
      const root = event.element;
      if (seen.has(root)) return;
      seen.add(root);
      if (root.businessObject && is(root.businessObject, 'bpmn:SubProcess')) fitToCanvas(canvas, BELOW_BREADCRUMBS);
    });
    eventBus.on('diagram.clear', () => seen.clear());
  }
}

/** The diagram-js module that provides {@link FitNewPlanes}. */
export const fitNewPlanesModule = {
  __init__: ['fitNewPlanes'],
  fitNewPlanes: ['type', FitNewPlanes],
};
