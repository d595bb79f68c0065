import { Fragment, type ReactNode } from 'react';
import type { Task } from '../api/api-types';
import { ClaimedBy } from '../components/claimed-by';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { RecordTypeTitle } from '../components/record-type-title';
import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';
import { Link } from '../router/link';
import { OverdueLibertyNote } from './overdue-liberty-note';
import { ReleaseOrderedNote } from './release-ordered-note';

/** Props of {@link TaskTable}. */
export interface TaskTableProps {
  tasks: readonly Task[];
  /** For the section's tests and styling. */
  section: string;
  /** The buttons of a row. */
  actions(task: Task): ReactNode;
  /** The task whose hand-over form is open under its row, and that form. */
  expanded?: { taskId: string; content: ReactNode };
}

/** Open tasks as rows: what, case, person, institution, due, time left, holder, actions; overdue acts about liberty marked. */
export function TaskTable({ tasks, section, actions, expanded }: TaskTableProps) {
  const { t } = useI18n();
  const columns = 8;
  return (
    <table className="data-table task-table" data-testid="inbox-table" data-section={section}>
      <thead>
        <tr>
          <th scope="col">{t('col.task')}</th>
          <th scope="col">{t('col.case')}</th>
          <th scope="col">{t('col.person')}</th>
          <th scope="col">{t('col.institution')}</th>
          <th scope="col">{t('col.due')}</th>
          <th scope="col">{t('col.remaining')}</th>
          <th scope="col">{t('col.assignee')}</th>
          <th scope="col">{t('col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <Fragment key={task.id}>
            <tr
              data-testid="task-row"
              data-task-id={task.id}
              data-record-type={task.recordType}
              data-register-number={task.registerNumber}
              data-section={section}
              data-overdue-liberty={task.overdueLiberty ? 'true' : undefined}
              className={task.overdueLiberty ? 'row-overdue-liberty' : undefined}
            >
              <td>
                <RecordTypeTitle recordType={task.recordType} />
                <OverdueLibertyNote task={task} />
                <ReleaseOrderedNote task={task} />
              </td>
              <td className="nowrap">
                {task.caseVisible ? <Link to={`/cases/${encodeURIComponent(task.caseId)}`}>{task.registerNumber}</Link> : task.registerNumber}
              </td>
              <td>{task.personLabel ?? '—'}</td>
              <td data-testid="task-institution">
                <UnitLabel unitId={task.unitId} fallback={task.unitName} empty={t('task.noInstitution')} />
              </td>
              <td className="nowrap">
                <Instant value={task.dueAt} />
              </td>
              <td className="nowrap">
                <Countdown dueAt={task.dueAt} />
              </td>
              <td data-testid="task-holder">
                <ClaimedBy claimedBy={task.claimedBy} claimedByName={task.claimedByName} />
              </td>
              <td>
                <div className="action-row">{actions(task)}</div>
              </td>
            </tr>
            {expanded?.taskId === task.id && (
              <tr className="row-form">
                <td colSpan={columns}>{expanded.content}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
