import type Canvas from 'diagram-js/lib/core/Canvas';

/** Room around a fitted drawing, in screen pixels. */
export interface FitPadding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const AROUND = 16;
/** Room for bpmn-js's breadcrumbs, drawn over the top left of a sub-process plane. */
export const BELOW_BREADCRUMBS: FitPadding = { top: 64, right: AROUND, bottom: AROUND, left: AROUND };

/** Fits the whole drawing into the canvas, centred, never enlarged beyond 100 %. */
export function fitToCanvas(canvas: Canvas, padding: FitPadding = { top: AROUND, right: AROUND, bottom: AROUND, left: AROUND }): void {
  const { inner, outer } = canvas.viewbox();
  const width = outer.width - padding.left - padding.right;
  const height = outer.height - padding.top - padding.bottom;
  if (!inner.width || !inner.height || width <= 0 || height <= 0) return;
  const scale = Math.min(1, width / inner.width, height / inner.height);
  canvas.viewbox({
    x: inner.x - (padding.left + (width - inner.width * scale) / 2) / scale,
    y: inner.y - (padding.top + (height - inner.height * scale) / 2) / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}

/** Zooms by a factor around the middle of what is visible. */
export function zoomBy(canvas: Canvas, factor: number): void {
  const { outer } = canvas.viewbox();
  canvas.zoom(canvas.zoom() * factor, { x: outer.width / 2, y: outer.height / 2 });
}
