import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link IncidentActionForm}. */
export interface IncidentActionFormProps {
  /** The action's route: `/api/incidents/:id/retry`, `/api/incidents/:id/cancel`, `/api/incidents/workflows/:id/retry`. */
  path: string;
  submitLabel: string;
  /** Said above the reason: what the action does. */
  explanation: string;
  onDone(): void;
  onCancel(): void;
}

/** Acts on an incident through Temporal, with the reason the administration log keeps (5 to 500 characters). */
export function IncidentActionForm({ path, submitLabel, explanation, onDone, onCancel }: IncidentActionFormProps) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const submit = onSubmit(async () => {
    await apiFetch(path, { method: 'POST', body: { reason: reason.trim() } });
    onDone();
  });
  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="inline-form" data-testid="incident-action-form" noValidate onSubmit={submit}>
        <p className="muted small">{explanation}</p>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p === '/reason'} labelOf={() => t('incidents.reason')} message={refusals.message} />
        )}
        <TextInputField pointer="/reason" label={t('incidents.reason')} value={reason} onChange={setReason} rows={2} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
