import { useEffect, useState } from 'react';
import type Modeler from 'bpmn-js/lib/Modeler';
import type { Element } from 'bpmn-js/lib/model/Types';

/** The one selected element of the modeler (none when several or none are), and a counter of edits. */
export interface ModelerSelection {
  selected: Element | undefined;
  /** Changes after every edit, undo and redo, so that views of the business objects re-read them. */
  revision: number;
}

/** Follows the modeler's selection and edits. */
export function useModelerSelection(modeler: Modeler | undefined): ModelerSelection {
  const [selected, setSelected] = useState<Element>();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    setSelected(undefined);
    if (!modeler) return;
    const onSelection = (event: { newSelection: Element[] }) => {
      setSelected(event.newSelection.length === 1 ? event.newSelection[0] : undefined);
    };
    const onChange = () => setRevision((r) => r + 1);
    const onClear = () => setSelected(undefined);
    modeler.on('selection.changed', onSelection);
    modeler.on('elements.changed', onChange);
    modeler.on('diagram.clear', onClear);
    return () => {
      modeler.off('selection.changed', onSelection);
      modeler.off('elements.changed', onChange);
      modeler.off('diagram.clear', onClear);
    };
  }, [modeler]);

  return { selected, revision };
}
