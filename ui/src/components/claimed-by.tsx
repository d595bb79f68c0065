import { useI18n } from '../i18n/use-i18n';
import { useSession } from '../session/use-session';

/** Who holds a task: "you", the other officer's name, or "unclaimed". */
export function ClaimedBy({ claimedBy, claimedByName }: { claimedBy: string | null; claimedByName: string | null }) {
  const { t } = useI18n();
  const { state } = useSession();
  if (claimedBy === null) return <span className="muted">{t('task.unclaimed')}</span>;
  const mine = state.status === 'authenticated' && String(state.me.id) === String(claimedBy);
  return <>{mine ? t('task.claimedByYou') : (claimedByName ?? t('task.claimedByOther'))}</>;
}
