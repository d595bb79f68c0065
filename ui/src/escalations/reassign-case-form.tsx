import { AssigneeFields } from '../inbox/assignee-fields';
import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Assignee } from '../api/admin-types';
import type { CaseDetail, Escalation, ItemList } from '../api/api-types';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link ReassignCaseForm}. */
export interface ReassignCaseFormProps {
  escalation: Escalation;
  onReassigned(investigatorName: string): void;
  onCancel(): void;
}

/**
 * Hands the case's open investigator tasks to another investigator
 * (`POST /api/escalations/:id/reassign`, CPC KR 35(1), 38(2)). The candidates are those who may
 * perform one of those tasks (`GET /api/tasks/:id/assignees` of the first), but its holder.
 */
export function ReassignCaseForm({ escalation, onReassigned, onCancel }: ReassignCaseFormProps) {
  const { t } = useI18n();
  const detail = useApiGet<CaseDetail>(`/api/cases/${encodeURIComponent(escalation.caseId)}`);
  const task = detail.data?.tasks.find((x) => x.status === 'open' && x.role === 'investigator');
  const assignees = useApiGet<ItemList<Assignee>>(task ? `/api/tasks/${encodeURIComponent(task.id)}/assignees` : null);
  const [userId, setUserId] = useState('');
  const [note, setNote] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const labels: Record<string, string> = { '/userId': t('escalations.reassignTo'), '/note': t('assign.note') };
  const candidates = (assignees.data?.items ?? []).filter((a) => String(a.id) !== String(task?.claimedBy));

  const submit = onSubmit(async () => {
    const body: { userId: string; note?: string } = { userId };
    if (note.trim()) body.note = note.trim();
    await apiFetch(`/api/escalations/${encodeURIComponent(escalation.id)}/reassign`, { method: 'POST', body });
    onReassigned(candidates.find((a) => a.id === userId)?.fullName ?? '');
  });

  const problem = detail.error ?? assignees.error;
  const loading = !problem && (!detail.data || (task !== undefined && !assignees.data));
  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="inline-form" data-testid="reassign-form" noValidate onSubmit={submit}>
        <h3>{t('escalations.reassignTitle', { case: escalation.registerNumber })}</h3>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p in labels} labelOf={(p) => labels[p] ?? p} message={refusals.message} />
        )}
        {problem && <ProblemBox problem={problem.problem} />}
        {loading && <Loading />}
        {detail.data && !task && <p className="empty">{t('escalations.reassignNoTask')}</p>}
        {assignees.data && candidates.length === 0 && <p className="empty">{t('assign.noCandidates')}</p>}
        {candidates.length > 0 && <AssigneeFields label={t('escalations.reassignTo')} candidates={candidates} userId={userId} onUserId={setUserId} note={note} onNote={setNote} />}
        <FormActions submitting={submitting || candidates.length === 0} submitLabel={t('escalations.reassignSubmit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
