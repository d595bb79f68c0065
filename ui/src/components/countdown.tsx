import { useI18n } from '../i18n/use-i18n';
import { formatCountdown } from '../time/format-countdown';
import { useNow } from '../time/use-now';

/** "in 5 h 12 min" / "overdue by 12 min", refreshed every 30 s; overdue ones are styled as such. */
export function Countdown({ dueAt }: { dueAt: string | null | undefined }) {
  const { t } = useI18n();
  const now = useNow();
  if (!dueAt) return <>—</>;
  const overdue = Date.parse(dueAt) < now;
  return <span className={overdue ? 'countdown countdown-overdue' : 'countdown'}>{formatCountdown(dueAt, now, t)}</span>;
}
