import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Escalation } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link AcknowledgeForm}. */
export interface AcknowledgeFormProps {
  escalation: Escalation;
  onAcknowledged(escalation: Escalation): void;
  onCancel(): void;
}

/** Acknowledges an escalation (`POST /api/escalations/:id/acknowledge`) with an optional comment, shown on the board afterwards. */
export function AcknowledgeForm({ escalation, onAcknowledged, onCancel }: AcknowledgeFormProps) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();

  const submit = onSubmit(async () => {
    const body = comment.trim() ? { comment: comment.trim() } : {};
    const updated = await apiFetch<Escalation>(`/api/escalations/${encodeURIComponent(escalation.id)}/acknowledge`, { method: 'POST', body });
    onAcknowledged(updated);
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="inline-form" data-testid="acknowledge-form" noValidate onSubmit={submit}>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p === '/comment'} labelOf={() => t('escalations.comment')} message={refusals.message} />
        )}
        <TextInputField pointer="/comment" label={t('escalations.comment')} value={comment} onChange={setComment} rows={2} />
        <FormActions submitting={submitting} submitLabel={t('escalations.acknowledgeSubmit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
