import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { ItemList, Task } from '../api/api-types';
import type { Problem } from '../api/problem';
import { useApiGet } from '../api/use-api-get';
import { ClaimedBy } from '../components/claimed-by';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { RecordTypeTitle } from '../components/record-type-title';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';

/** `/inbox`: the open tasks the user may work on, soonest due first as the server orders them. */
export function InboxPage() {
  const { t } = useI18n();
  const tasks = useApiGet<ItemList<Task>>('/api/tasks');
  const [problem, setProblem] = useState<Problem>();

  async function claim(task: Task) {
    setProblem(undefined);
    try {
      const claimed = await apiFetch<Task>(`/api/tasks/${encodeURIComponent(task.id)}/claim`, { method: 'POST' });
      if (tasks.data) tasks.setData({ items: tasks.data.items.map((x) => (x.id === claimed.id ? claimed : x)) });
    } catch (err) {
      if (err instanceof ApiError) setProblem(err.problem);
      tasks.reload();
    }
  }

  return (
    <section>
      <div className="page-title">
        <h1>{t('inbox.title')}</h1>
        <button type="button" className="button-secondary" onClick={tasks.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {problem && <ProblemBox problem={problem} />}
      {tasks.error && <ProblemBox problem={tasks.error.problem} />}
      {!tasks.data && tasks.loading && <Loading />}
      {tasks.data && tasks.data.items.length === 0 && (
        <p className="empty" data-testid="inbox-empty">
          {t('inbox.empty')}
        </p>
      )}
      {tasks.data && tasks.data.items.length > 0 && (
        <table className="data-table" data-testid="inbox-table">
          <thead>
            <tr>
              <th scope="col">{t('col.task')}</th>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.person')}</th>
              <th scope="col">{t('col.due')}</th>
              <th scope="col">{t('col.remaining')}</th>
              <th scope="col">{t('col.assignee')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.data.items.map((task) => (
              <tr
                key={task.id}
                data-testid="task-row"
                data-task-id={task.id}
                data-record-type={task.recordType}
                data-register-number={task.registerNumber}
              >
                <td>
                  <RecordTypeTitle recordType={task.recordType} />
                </td>
                <td>
                  <Link to={`/cases/${encodeURIComponent(task.caseId)}`}>{task.registerNumber}</Link>
                </td>
                <td>{task.personLabel ?? '—'}</td>
                <td className="nowrap">
                  <Instant value={task.dueAt} />
                </td>
                <td className="nowrap">
                  <Countdown dueAt={task.dueAt} />
                </td>
                <td>
                  <ClaimedBy claimedBy={task.claimedBy} claimedByName={task.claimedByName} />
                </td>
                <td className="actions">
                  {task.claimedBy === null && (
                    <button type="button" className="button-secondary button-small" onClick={() => void claim(task)}>
                      {t('task.claim')}
                    </button>
                  )}
                  <Link to={`/tasks/${encodeURIComponent(task.id)}`} className="button button-primary button-small">
                    {t('task.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
