import { useCallback, useEffect, useMemo, useState } from 'react';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type { BpmnDefinitions } from './bpmn-object';
import { fitToCanvas } from './canvas-zoom';
import { importWarningText } from './import-warning-text';
import { processDiagrams, type ProcessDiagram } from './process-diagrams';

/** Which process drawing a bpmn-js instance shows, and how to show another. */
export interface ShownDiagram {
  /** Every process drawing of the file. */
  diagrams: ProcessDiagram[];
  /** The drawing on the canvas, once it is open. */
  shown: ProcessDiagram | undefined;
  /** Opens a drawing (by diagram id), fitted to the canvas. */
  show(diagramId: string): Promise<void>;
  /** Why the last drawing could not be opened. */
  error: string | undefined;
}

/**
 * The process drawings of the file in `instance` (a BPMN file holds one per process, e.g. the case
 * and each called process) and the one shown: first the drawing of `preferredProcess`, if given.
 */
export function useShownDiagram(instance: BaseViewer | undefined, preferredProcess?: string | null): ShownDiagram {
  const [shown, setShown] = useState<ProcessDiagram>();
  const [error, setError] = useState<string>();
  const diagrams = useMemo(
    () => (instance ? processDiagrams(instance.getDefinitions() as BpmnDefinitions) : []),
    [instance],
  );

  const open = useCallback(
    async (diagram: ProcessDiagram) => {
      if (!instance) return;
      try {
        await instance.open(diagram.diagram);
        fitToCanvas(instance.get<Canvas>('canvas'));
        setError(undefined);
        setShown(diagram);
      } catch (err) {
        const warnings = ((err as { warnings?: unknown[] }).warnings ?? []).map(importWarningText);
        setError([err instanceof Error ? err.message : String(err), ...warnings].join('; '));
      }
    },
    [instance],
  );

  useEffect(() => {
    setShown(undefined);
    const first = diagrams.find((d) => preferredProcess && d.processIds.includes(preferredProcess)) ?? diagrams[0];
    if (first) void open(first);
  }, [diagrams, open, preferredProcess]);

  const show = useCallback(
    async (diagramId: string) => {
      const diagram = diagrams.find((d) => d.diagram.id === diagramId);
      if (diagram) await open(diagram);
    },
    [diagrams, open],
  );

  return { diagrams, shown, show, error };
}
