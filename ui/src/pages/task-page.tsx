import { useCallback, useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Task, TaskDetail } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { ClaimedBy } from '../components/claimed-by';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { RecordTypeTitle } from '../components/record-type-title';
import { StatusBadge } from '../components/status-badge';
import { SchemaForm } from '../form/schema-form';
import { AssignTaskForm } from '../inbox/assign-task-form';
import { OverdueLibertyNote } from '../inbox/overdue-liberty-note';
import { ReleaseOrderedNote } from '../inbox/release-ordered-note';
import { TaskActionButtons } from '../inbox/task-actions';
import { NoticeBox } from '../components/notice-box';
import { useTaskActions } from '../inbox/use-task-actions';
import { UnitLabel } from '../org/unit-label';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';
import { navigate } from '../router/navigate';
import { useRecordSchema } from '../schema/use-record-schema';
import { useMe } from '../session/use-me';

/**
 * `/tasks/:id`: the task's facts and the form generated from its record type's schema, told what
 * the case already holds (`form`): its persons by name and the facts it shows read-only. The form
 * is for those who may perform the task (`canAct`); claim, give back and hand over as on the inbox.
 */
export function TaskPage({ id }: { id: string }) {
  const { t, tMaybe, enumLabel } = useI18n();
  const taskPath = `/api/tasks/${encodeURIComponent(id)}`;
  const task = useApiGet<TaskDetail>(taskPath);
  const { schema, error: schemaError } = useRecordSchema(task.data?.recordType);
  const me = useMe();
  const [assigning, setAssigning] = useState(false);
  const { data, setData, reload } = task;
  // claiming and handing over answer the bare task: the form's case facts stay as loaded
  const replace = useCallback((changed: Task) => data && setData({ ...data, ...changed }), [data, setData]);
  const actions = useTaskActions(replace, reload);

  async function complete(data: Record<string, unknown>) {
    await apiFetch(`${taskPath}/complete`, { method: 'POST', body: { data } });
    navigate(`/cases/${encodeURIComponent(task.data!.caseId)}`);
  }

  if (task.error) return <ProblemBox problem={task.error.problem} />;
  if (!task.data) return <Loading />;
  const tk = task.data;
  const heldByOther = tk.claimedBy !== null && String(tk.claimedBy) !== String(me?.id);

  return (
    <section>
      <div className="page-title">
        <h1>
          <RecordTypeTitle recordType={tk.recordType} />
        </h1>
      </div>
      <OverdueLibertyNote task={tk} />
      <ReleaseOrderedNote task={tk} />
      <dl className="facts">
        <div>
          <dt>{t('col.case')}</dt>
          <dd>
            {tk.caseVisible ? <Link to={`/cases/${encodeURIComponent(tk.caseId)}`}>{tk.registerNumber}</Link> : tk.registerNumber}
          </dd>
        </div>
        {tk.personLabel && (
          <div>
            <dt>{t('col.person')}</dt>
            <dd>{tk.personLabel}</dd>
          </div>
        )}
        <div>
          <dt>{t('col.institution')}</dt>
          <dd>
            <UnitLabel unitId={tk.unitId} fallback={tk.unitName} empty={t('task.noInstitution')} />
          </dd>
        </div>
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
            {me && (
              <span className="inline-actions">
                <TaskActionButtons
                  task={tk}
                  userId={me.id}
                  withOpen={false}
                  onClaim={(x) => void actions.claim(x)}
                  onGiveBack={(x) => void actions.giveBack(x)}
                  onHandOver={() => setAssigning(true)}
                />
              </span>
            )}
          </dd>
        </div>
      </dl>
      <NoticeBox notice={actions.notice} />
      {actions.problem && <ProblemBox problem={actions.problem} />}
      {assigning && (
        <div className="panel">
          <AssignTaskForm
            task={tk}
            onCancel={() => setAssigning(false)}
            onAssigned={(updated, name) => {
              setAssigning(false);
              actions.assigned(updated, name);
            }}
          />
        </div>
      )}
      {tk.status !== 'open' ? (
        <div className="alert alert-info">{t('task.closed', { status: enumLabel(tk.status) })}</div>
      ) : !tk.canAct ? (
        <div className="alert alert-info" data-testid="task-not-yours">
          {t('task.performedBy', { role: tMaybe(`role.${tk.role}`) ?? tk.role })}
        </div>
      ) : heldByOther ? (
        <div className="alert alert-info" data-testid="task-held-by-other">
          {t('task.heldByOther', { name: tk.claimedByName ?? t('task.claimedByOther') })}
        </div>
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
