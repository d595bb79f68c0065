import type { Task } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { formatInstant } from '../time/format-instant';

/** Under an act about liberty past its due instant: that it is overdue, and since when (Bishkek time). */
export function OverdueLibertyNote({ task }: { task: Pick<Task, 'overdueLiberty' | 'dueAt'> }) {
  const { t } = useI18n();
  if (!task.overdueLiberty || !task.dueAt) return null;
  return (
    <div className="overdue-liberty" data-testid="overdue-liberty">
      {t('inbox.overdueLiberty', { due: formatInstant(task.dueAt) })}
    </div>
  );
}
