import type { Escalation } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { formatInstant } from '../time/format-instant';

/** When an escalation was acknowledged, and the comment given then. */
export function Acknowledgement({ escalation: e }: { escalation: Escalation }) {
  const { t } = useI18n();
  if (e.status !== 'acknowledged') return null;
  return (
    <div className="small acknowledgement" data-testid="acknowledgement">
      {e.acknowledgedAt && <div className="muted">{t('escalations.acknowledgedAt', { at: formatInstant(e.acknowledgedAt) })}</div>}
      {e.ackComment && <div data-testid="ack-comment">{t('escalations.ackComment', { comment: e.ackComment })}</div>}
    </div>
  );
}
