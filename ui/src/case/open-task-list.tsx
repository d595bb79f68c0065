import type { Task } from '../api/api-types';
import { ClaimedBy } from '../components/claimed-by';
import { Countdown } from '../components/countdown';
import { RecordTypeTitle } from '../components/record-type-title';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';
import { Link } from '../router/link';

/** A case's open tasks, each linking to its task page, with the institution performing it and its holder. */
export function OpenTaskList({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const open = tasks.filter((task) => task.status === 'open');
  if (open.length === 0) return <p className="empty">{t('case.tasksEmpty')}</p>;
  return (
    <ul className="task-list" data-testid="open-tasks">
      {open.map((task) => (
        <li key={task.id} data-record-type={task.recordType}>
          <Link to={`/tasks/${encodeURIComponent(task.id)}`}>
            <RecordTypeTitle recordType={task.recordType} />
          </Link>
          {task.personLabel && <span className="muted"> · {task.personLabel}</span>}
          {task.unitId && (
            <span className="muted">
              {' '}
              · <UnitLabel unitId={task.unitId} fallback={task.unitName} />
            </span>
          )}
          <span className="muted">
            {' '}
            · <ClaimedBy claimedBy={task.claimedBy} claimedByName={task.claimedByName} />
          </span>
          {task.dueAt && (
            <span className="muted">
              {' '}
              · <Countdown dueAt={task.dueAt} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
