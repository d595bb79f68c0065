import { AssigneeFields } from './assignee-fields';
import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Assignee } from '../api/admin-types';
import type { ItemList, Task } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';
import { recordTypeTitleText } from '../schema/record-type-title-text';
import { useRecordSchema } from '../schema/use-record-schema';

/** Props of {@link AssignTaskForm}. */
export interface AssignTaskFormProps {
  task: Task;
  /** The task as the server answers the hand-over, and the colleague's name. */
  onAssigned(task: Task, assigneeName: string): void;
  onCancel(): void;
}

/**
 * Hands a task to a colleague who may perform it (`GET /api/tasks/:id/assignees`, then
 * `POST /api/tasks/:id/assign` with an optional note): the task's holder hands it over, a head of
 * unit or supervising prosecutor reassigns it. The server decides; its refusals show at the fields.
 */
export function AssignTaskForm({ task, onAssigned, onCancel }: AssignTaskFormProps) {
  const { t, lang } = useI18n();
  const base = `/api/tasks/${encodeURIComponent(task.id)}`;
  const assignees = useApiGet<ItemList<Assignee>>(`${base}/assignees`);
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const { schema } = useRecordSchema(task.recordType);
  const labels: Record<string, string> = { '/userId': t('assign.to'), '/note': t('assign.note') };
  // the holder is no one to hand it to
  const candidates = (assignees.data?.items ?? []).filter((a) => String(a.id) !== String(task.claimedBy));

  const submit = onSubmit(async () => {
    const body: { userId: string; note?: string } = { userId };
    if (note.trim()) body.note = note.trim();
    const updated = await apiFetch<Task>(`${base}/assign`, { method: 'POST', body });
    onAssigned(updated, candidates.find((a) => a.id === userId)?.fullName ?? updated.claimedByName ?? '');
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="inline-form" data-testid="assign-form" noValidate onSubmit={submit}>
        <h3>{t('assign.title', { task: recordTypeTitleText(task.recordType, lang, schema) })}</h3>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p in labels} labelOf={(p) => labels[p] ?? p} message={refusals.message} />
        )}
        {assignees.error && <ProblemBox problem={assignees.error.problem} />}
        {!assignees.data && assignees.loading && <Loading />}
        {assignees.data && candidates.length === 0 && <p className="empty">{t('assign.noCandidates')}</p>}
        {candidates.length > 0 && <AssigneeFields label={t('assign.to')} candidates={candidates} userId={userId} onUserId={setUserId} note={note} onNote={setNote} />}
        <FormActions submitting={submitting || candidates.length === 0} submitLabel={t('assign.submit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
