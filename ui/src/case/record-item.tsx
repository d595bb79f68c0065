import type { CaseRecord, Person } from '../api/api-types';
import { Instant } from '../components/instant';
import { RecordTypeTitle } from '../components/record-type-title';
import { useI18n } from '../i18n/use-i18n';
import { useRecordSchema } from '../schema/use-record-schema';
import { RecordData } from './record-data';

/** One entry of the timeline: sequence number, type, time, author, hash and the data it recorded (persons by name). */
export function RecordItem({ record, persons }: { record: CaseRecord; persons: Person[] }) {
  const { t } = useI18n();
  const { schema } = useRecordSchema(record.recordType);
  return (
    <li className="record-item" data-testid="record-item" data-record-type={record.recordType} data-seq={record.seq}>
      <div className="record-head">
        <span className="record-seq">#{record.seq}</span>
        <h3 className="record-title">
          <RecordTypeTitle recordType={record.recordType} />
        </h3>
      </div>
      <p className="record-meta">
        <span>
          {t('record.recordedAt')}: <Instant value={record.recordedAt} />
        </span>
        <span>
          {t('record.actor')}: {record.actor.fullName}
        </span>
        <span title={record.hash}>
          {t('record.hash')}: <code>{record.hash.slice(0, 12)}…</code>
        </span>
      </p>
      <RecordData value={record.data} schema={schema} root={schema} persons={persons} />
    </li>
  );
}
