import { useI18n } from '../i18n/use-i18n';
import type { Notice } from './notice';

/** An action that went right, said in the current language. */
export function NoticeBox({ notice }: { notice: Notice | undefined }) {
  const { t } = useI18n();
  if (!notice) return null;
  return (
    <div className="alert alert-success" role="status" data-testid="notice">
      {t(notice.key, notice.params)}
    </div>
  );
}
