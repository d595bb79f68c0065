import { useI18n } from '../i18n/use-i18n';

/** The `*` after a required field's label (its meaning is stated once above the form). */
export function RequiredMark() {
  const { t } = useI18n();
  return (
    <span className="required-mark" title={t('form.required')} aria-hidden="true">
      *
    </span>
  );
}
