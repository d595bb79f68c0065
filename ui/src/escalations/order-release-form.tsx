import { useState } from 'react';
import { apiFetch } from '../api/api-fetch';
import type { Escalation } from '../api/api-types';
import { ErrorSummary } from '../form/error-summary';
import { FormActions } from '../form/form-actions';
import { FormErrorsContext } from '../form/form-errors-context';
import { TextInputField } from '../form/text-input-field';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';

/** Props of {@link OrderReleaseForm}. */
export interface OrderReleaseFormProps {
  escalation: Escalation;
  onOrdered(): void;
  onCancel(): void;
}

/**
 * The supervising prosecutor or the head of unit orders the release of the person whose detention
 * or custody limit expired (`POST /api/escalations/:id/order-release`, grounds of at least 10
 * characters): a recorded act of the case (CPC KR 100(2); Constitution KR 59).
 */
export function OrderReleaseForm({ escalation, onOrdered, onCancel }: OrderReleaseFormProps) {
  const { t } = useI18n();
  const [grounds, setGrounds] = useState('');
  const { submitting, refusals, onSubmit } = useApiSubmit();

  const submit = onSubmit(async () => {
    await apiFetch(`/api/escalations/${encodeURIComponent(escalation.id)}/order-release`, { method: 'POST', body: { grounds } });
    onOrdered();
  });

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <form className="inline-form" data-testid="order-release-form" noValidate onSubmit={submit}>
        <h3>{t('escalations.orderReleaseTitle', { person: escalation.personLabel ?? '—' })}</h3>
        <p className="muted">{t('escalations.orderReleaseNote')}</p>
        {refusals.problem && (
          <ErrorSummary problem={refusals.problem} errors={refusals.errors} isInline={(p) => p === '/grounds'} labelOf={() => t('escalations.releaseGrounds')} message={refusals.message} />
        )}
        <TextInputField pointer="/grounds" label={t('escalations.releaseGrounds')} required value={grounds} onChange={setGrounds} rows={3} />
        <FormActions submitting={submitting} submitLabel={t('escalations.orderReleaseSubmit')} onCancel={onCancel} />
      </form>
    </FormErrorsContext.Provider>
  );
}
