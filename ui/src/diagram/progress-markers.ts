import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type EventBus from 'diagram-js/lib/core/EventBus';
import type { ProgressMarks } from './progress-marks';

/** CSS classes (styled in styles.css) on elements the case has passed and elements it is at. */
export const DONE_MARKER = 'icj-done';
export const ACTIVE_MARKER = 'icj-active';

/**
 * diagram-js service `progressMarkers`: marks elements done or active on every plane of the open
 * drawing, collapsed sub-process planes included (bpmn-js draws all of them, showing one at a time).
 */
export class ProgressMarkers {
  static $inject = ['canvas', 'elementRegistry', 'eventBus'];

  private readonly canvas: Canvas;
  private readonly elementRegistry: ElementRegistry;
  private marked: Array<[id: string, marker: string]> = [];

  constructor(canvas: Canvas, elementRegistry: ElementRegistry, eventBus: EventBus) {
    this.canvas = canvas;
    this.elementRegistry = elementRegistry;
    // opening another drawing throws the old elements, and their markers, away
    eventBus.on('diagram.clear', () => {
      this.marked = [];
    });
  }

  /** Replaces the marks; ids not drawn on the open drawing are skipped. */
  show(marks: ProgressMarks): void {
    for (const [id, marker] of this.marked) {
      if (this.elementRegistry.get(id)) this.canvas.removeMarker(id, marker);
    }
    this.marked = [];
    const mark = (ids: Set<string>, marker: string) => {
      for (const id of ids) {
        if (!this.elementRegistry.get(id)) continue;
        this.canvas.addMarker(id, marker);
        this.marked.push([id, marker]);
      }
    };
    mark(marks.done, DONE_MARKER);
    mark(marks.active, ACTIVE_MARKER);
  }
}

/** The diagram-js module that provides {@link ProgressMarkers}. */
export const progressMarkersModule = {
  progressMarkers: ['type', ProgressMarkers],
};
