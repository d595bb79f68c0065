import type { Task } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { formatInstant } from '../time/format-instant';

/** Under a release task whose release the supervising prosecutor or head of unit ordered: when, and that it is to be done now. */
export function ReleaseOrderedNote({ task }: { task: Pick<Task, 'releaseOrderedAt' | 'status'> }) {
  const { t } = useI18n();
  if (!task.releaseOrderedAt || task.status !== 'open') return null;
  return (
    <div className="overdue-liberty" data-testid="release-ordered">
      {t('task.releaseOrdered', { at: formatInstant(task.releaseOrderedAt) })}
    </div>
  );
}
