import type { Deadline } from '../api/api-types';
import { Countdown } from '../components/countdown';
import { Instant } from '../components/instant';
import { LimitLabel } from '../components/limit-label';
import { StatusBadge } from '../components/status-badge';
import { localizeBasis } from '../i18n/localize-basis';
import { useI18n } from '../i18n/use-i18n';

/** The legal time limits of a case with their basis (localised), due instant, countdown and status colour. */
export function DeadlineTable({ deadlines }: { deadlines: Deadline[] }) {
  const { t, lang } = useI18n();
  if (deadlines.length === 0) return <p className="empty">{t('case.deadlinesEmpty')}</p>;
  return (
    <table className="data-table" data-testid="deadline-table">
      <thead>
        <tr>
          <th scope="col">{t('col.limit')}</th>
          <th scope="col">{t('col.person')}</th>
          <th scope="col">{t('col.basis')}</th>
          <th scope="col">{t('col.due')}</th>
          <th scope="col">{t('col.remaining')}</th>
          <th scope="col">{t('col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {deadlines.map((d) => (
          <tr key={d.id} data-testid="deadline-row" data-limit-id={d.limitId} data-status={d.status} className={`row-${d.status}`}>
            <td>
              <LimitLabel limitId={d.limitId} />
            </td>
            <td>{d.personLabel ?? '—'}</td>
            <td className="basis">{localizeBasis(d.basis, lang)}</td>
            <td className="nowrap">
              <Instant value={d.dueAt} />
            </td>
            <td className="nowrap">{d.status === 'met' ? '—' : <Countdown dueAt={d.dueAt} />}</td>
            <td>
              <StatusBadge value={d.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
