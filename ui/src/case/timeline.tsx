import type { CaseRecord, Person } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { RecordItem } from './record-item';

/** The case's records in chain order (by `seq`); `persons` name the persons they refer to. */
export function Timeline({ records, persons }: { records: CaseRecord[]; persons: Person[] }) {
  const { t } = useI18n();
  if (records.length === 0) return <p className="empty">{t('case.timelineEmpty')}</p>;
  const ordered = [...records].sort((a, b) => a.seq - b.seq);
  return (
    <ol className="timeline" data-testid="timeline">
      {ordered.map((record) => (
        <RecordItem key={record.id} record={record} persons={persons} />
      ))}
    </ol>
  );
}
