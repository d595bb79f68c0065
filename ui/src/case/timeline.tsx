import { useState } from 'react';
import type { CaseRecord, Person } from '../api/api-types';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { useRecordSchema } from '../schema/use-record-schema';
import { useMe } from '../session/use-me';
import { CorrectRecordForm, type CorrectRecordFormProps } from './correct-record-form';
import { RecordItem } from './record-item';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  caseId: string;
  records: CaseRecord[];
  /** Name the persons the records refer to. */
  persons: Person[];
  /** After a correction is recorded; `clock` when it moved a moment of detention (the limits move too). */
  onCorrected(clock: boolean): void;
}

/**
 * The case's records in chain order (by `seq`), each as the case holds it now. Those who conduct
 * or supervise the case (`can.editCaseFile`) correct a record (never an amendment) through a form
 * under it, one at a time.
 */
export function Timeline({ caseId, records, persons, onCorrected }: TimelineProps) {
  const { t } = useI18n();
  const can = useMe()?.can;
  const [correcting, setCorrecting] = useState<number | null>(null);
  const [recorded, setRecorded] = useState<number | null>(null);
  if (records.length === 0) return <p className="empty">{t('case.timelineEmpty')}</p>;
  const ordered = [...records].sort((a, b) => a.seq - b.seq);
  const mayCorrect = can?.editCaseFile === true;
  return (
    <>
      {recorded !== null && (
        <div className="alert alert-success" role="status" data-testid="correction-recorded">
          {t('correction.recorded', { seq: recorded })}
        </div>
      )}
      <ol className="timeline" data-testid="timeline">
        {ordered.map((record) => (
          <RecordItem
            key={record.id}
            record={record}
            persons={persons}
            actions={
              mayCorrect && record.recordType !== 'amendment' && correcting !== record.seq ? (
                <button
                  type="button"
                  className="button-secondary button-small"
                  data-testid="correct-record"
                  onClick={() => {
                    setCorrecting(record.seq);
                    setRecorded(null);
                  }}
                >
                  {t('correction.open')}
                </button>
              ) : null
            }
          >
            {mayCorrect && correcting === record.seq && (
              <CorrectionPanel
                caseId={caseId}
                record={record}
                mayCorrectClock={can?.correctClock === true}
                persons={persons}
                onCancel={() => setCorrecting(null)}
                onCorrected={(seq, clock) => {
                  setCorrecting(null);
                  setRecorded(seq);
                  onCorrected(clock);
                }}
              />
            )}
          </RecordItem>
        ))}
      </ol>
    </>
  );
}

/** The correction form once the record's schema is loaded (it names the fields). */
function CorrectionPanel(props: Omit<CorrectRecordFormProps, 'schema'>) {
  const { schema, error } = useRecordSchema(props.record.recordType);
  if (error) return <ProblemBox problem={error.problem} />;
  if (!schema) return <Loading />;
  return <CorrectRecordForm {...props} schema={schema} />;
}
