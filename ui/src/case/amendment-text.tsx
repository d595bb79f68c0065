import { useI18n } from '../i18n/use-i18n';
import { useRecordSchema } from '../schema/use-record-schema';
import { amendmentSentence } from './amendment-sentence';

/** An amendment on the timeline: one sentence, its field and values read by the corrected record's schema. */
export function AmendmentText({ data, persons }: { data: Record<string, unknown>; persons: ReadonlyArray<{ id: string; label: string }> }) {
  const { lang } = useI18n();
  const { schema } = useRecordSchema(typeof data.correctsRecordType === 'string' ? data.correctsRecordType : undefined);
  return (
    <p className="amendment-sentence" data-testid="amendment-sentence">
      {amendmentSentence(data, schema, lang, persons)}
    </p>
  );
}
