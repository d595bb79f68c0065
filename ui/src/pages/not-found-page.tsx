import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';

/** Any path the SPA does not know. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t('error.notFound')}</h1>
      <p>
        <Link to="/inbox">{t('error.toInbox')}</Link>
      </p>
    </section>
  );
}
