import { useState, type FormEvent } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Escalation } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { TextInputField } from '../form/text-input-field';
import { useFormRefusals } from '../form/use-form-refusals';
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
  const [submitting, setSubmitting] = useState(false);
  const refusals = useFormRefusals(undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      const body = comment.trim() ? { comment: comment.trim() } : {};
      const updated = await apiFetch<Escalation>(`/api/escalations/${encodeURIComponent(escalation.id)}/acknowledge`, { method: 'POST', body });
      refusals.clear();
      onAcknowledged(updated);
    } catch (err) {
      refusals.fail(err);
    } finally {
      setSubmitting(false);
    }
  }

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
