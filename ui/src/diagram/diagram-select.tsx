import { useId } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { ShownDiagram } from './use-shown-diagram';

/** Chooses which process of the file the canvas shows (the case, or a process it calls). */
export function DiagramSelect({ diagrams, shown, show }: Pick<ShownDiagram, 'diagrams' | 'shown' | 'show'>) {
  const { t } = useI18n();
  const id = useId();
  if (diagrams.length < 2) return null;
  return (
    <span className="diagram-select">
      <label htmlFor={id}>{t('diagram.process')}</label>
      <select
        id={id}
        data-testid="diagram-select"
        value={shown?.diagram.id ?? ''}
        onChange={(event) => void show(event.target.value)}
      >
        {diagrams.map((d) => (
          <option key={d.diagram.id} value={d.diagram.id} data-process={d.processIds.join(' ')}>
            {d.label}
          </option>
        ))}
      </select>
    </span>
  );
}
