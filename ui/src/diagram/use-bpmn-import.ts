import { useEffect, useState, type RefObject } from 'react';
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import { importWarningText } from './import-warning-text';

/** A bpmn-js instance once it has read the diagram, with what it warned about, or why it could not. */
export interface BpmnImport<V> {
  instance: V | undefined;
  warnings: string[];
  error: string | undefined;
}

/**
 * Creates a bpmn-js viewer or modeler in `container` for `xml` and reads the diagram into it; the
 * instance is destroyed when the XML changes or the component goes away. Import warnings are kept
 * for the page to show, not dropped. Pass a module-level `create`, so a render does not start over.
 */
export function useBpmnImport<V extends BaseViewer>(
  container: RefObject<HTMLDivElement | null>,
  create: (container: HTMLElement) => V,
  xml: string | undefined,
): BpmnImport<V> {
  const [state, setState] = useState<BpmnImport<V>>({ instance: undefined, warnings: [], error: undefined });

  useEffect(() => {
    const parent = container.current;
    if (!parent || xml === undefined) return;
    let current = true;
    const instance = create(parent);
    instance
      .importXML(xml)
      .then(({ warnings }) => {
        if (current) setState({ instance, warnings: warnings.map(importWarningText), error: undefined });
      })
      .catch((err: unknown) => {
        const warnings = ((err as { warnings?: unknown[] }).warnings ?? []).map(importWarningText);
        if (current) setState({ instance: undefined, warnings, error: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      current = false;
      setState({ instance: undefined, warnings: [], error: undefined });
      instance.destroy();
    };
  }, [container, create, xml]);

  return state;
}
