import { useI18n } from '../i18n/use-i18n';

/** A quiet "Loading…" line. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
