import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { Task, TaskDetail } from '../api/api-types';
import type { Problem } from '../api/problem';
import { useApiGet } from '../api/use-api-get';
import { ClaimedBy } from '../components/claimed-by';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { RecordTypeTitle } from '../components/record-type-title';
import { StatusBadge } from '../components/status-badge';
import { SchemaForm } from '../form/schema-form';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { navigate } from '../router/navigate';
import { useRecordSchema } from '../schema/use-record-schema';

/**
 * `/tasks/:id`: the task's facts and the form generated from its record type's schema, told what
 * the case already holds (`form`): its persons by name and the facts it shows read-only.
 */
export function TaskPage({ id }: { id: string }) {
  const { t, enumLabel } = useI18n();
  const taskPath = `/api/tasks/${encodeURIComponent(id)}`;
  const task = useApiGet<TaskDetail>(taskPath);
  const { schema, error: schemaError } = useRecordSchema(task.data?.recordType);
  const [claimProblem, setClaimProblem] = useState<Problem>();

  async function claim() {
    setClaimProblem(undefined);
    try {
      const claimed = await apiFetch<Task>(`${taskPath}/claim`, { method: 'POST' });
      // the claim answers the bare task: the form's case facts stay as loaded
      if (task.data) task.setData({ ...task.data, ...claimed });
    } catch (err) {
      if (err instanceof ApiError) setClaimProblem(err.problem);
    }
  }

  async function complete(data: Record<string, unknown>) {
    await apiFetch(`${taskPath}/complete`, { method: 'POST', body: { data } });
    navigate(`/cases/${encodeURIComponent(task.data!.caseId)}`);
  }

  if (task.error) return <ProblemBox problem={task.error.problem} />;
  if (!task.data) return <Loading />;
  const tk = task.data;

  return (
    <section>
      <div className="page-title">
        <h1>
          <RecordTypeTitle recordType={tk.recordType} />
        </h1>
      </div>
      <dl className="facts">
        <div>
          <dt>{t('col.case')}</dt>
          <dd>
            <Link to={`/cases/${encodeURIComponent(tk.caseId)}`}>{tk.registerNumber}</Link>
          </dd>
        </div>
        {tk.personLabel && (
          <div>
            <dt>{t('col.person')}</dt>
            <dd>{tk.personLabel}</dd>
          </div>
        )}
        <div>
          <dt>{t('col.due')}</dt>
          <dd>
            <Instant value={tk.dueAt} /> {tk.dueAt && tk.status === 'open' && <>(<Countdown dueAt={tk.dueAt} />)</>}
          </dd>
        </div>
        <div>
          <dt>{t('col.status')}</dt>
          <dd>
            <StatusBadge value={tk.status} />
          </dd>
        </div>
        <div>
          <dt>{t('col.assignee')}</dt>
          <dd>
            <ClaimedBy claimedBy={tk.claimedBy} claimedByName={tk.claimedByName} />{' '}
            {tk.status === 'open' && tk.claimedBy === null && (
              <button type="button" className="button-secondary button-small" onClick={() => void claim()}>
                {t('task.claim')}
              </button>
            )}
          </dd>
        </div>
      </dl>
      {claimProblem && <ProblemBox problem={claimProblem} />}
      {tk.status !== 'open' ? (
        <div className="alert alert-info">{t('task.closed', { status: enumLabel(tk.status) })}</div>
      ) : schemaError ? (
        <ProblemBox problem={schemaError.problem} />
      ) : !schema ? (
        <Loading />
      ) : (
        <div className="panel">
          <SchemaForm key={tk.id} schema={schema} facts={tk.form} submitLabel={t('task.submit')} onSubmit={complete} />
        </div>
      )}
    </section>
  );
}
