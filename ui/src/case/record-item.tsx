import type { ReactNode } from 'react';
import type { CaseRecord, Person } from '../api/api-types';
import { Instant } from '../components/instant';
import { RecordTypeTitle } from '../components/record-type-title';
import { useI18n } from '../i18n/use-i18n';
import { useRecordSchema } from '../schema/use-record-schema';
import { AmendmentText } from './amendment-text';
import { RecordData } from './record-data';

/** Props of {@link RecordItem}. */
export interface RecordItemProps {
  record: CaseRecord;
  persons: Person[];
  /** Buttons beside the title (Correct). */
  actions?: ReactNode;
  /** Shown under the record (the correction form). */
  children?: ReactNode;
}

/**
 * One entry of the timeline: sequence number, type, time, author, hash and what the record holds
 * now (corrections applied, each corrected field with its history; persons by name). An amendment
 * reads as a sentence.
 */
export function RecordItem({ record, persons, actions, children }: RecordItemProps) {
  const { t } = useI18n();
  const { schema } = useRecordSchema(record.recordType);
  return (
    <li className="record-item" data-testid="record-item" data-record-type={record.recordType} data-seq={record.seq}>
      <div className="record-head">
        <span className="record-seq">#{record.seq}</span>
        <h3 className="record-title">
          <RecordTypeTitle recordType={record.recordType} />
        </h3>
        {actions && <div className="record-actions">{actions}</div>}
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
      {record.recordType === 'amendment' ? (
        <AmendmentText data={record.data} persons={persons} />
      ) : (
        <RecordData value={record.currentData} schema={schema} root={schema} persons={persons} corrections={record.corrections} />
      )}
      {children}
    </li>
  );
}
