import { useI18n } from '../i18n/use-i18n';
import { recordTypeTitleText } from '../schema/record-type-title-text';
import { useRecordSchema } from '../schema/use-record-schema';

/** The localized title of a record type: the schema's `x-i18n`, else `recordType.<type>`, else the raw type. */
export function RecordTypeTitle({ recordType }: { recordType: string }) {
  const { lang } = useI18n();
  const { schema } = useRecordSchema(recordType);
  return <>{recordTypeTitleText(recordType, lang, schema)}</>;
}
