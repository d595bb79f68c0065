import { useI18n } from '../i18n/use-i18n';

/** Props of {@link FormActions}. */
export interface FormActionsProps {
  submitting: boolean;
  submitLabel: string;
  onCancel(): void;
}

/** The submit and cancel buttons of a small form on a page (a correction, a participant). */
export function FormActions({ submitting, submitLabel, onCancel }: FormActionsProps) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={submitting}>
        {submitting ? t('form.sending') : submitLabel}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel} disabled={submitting}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
