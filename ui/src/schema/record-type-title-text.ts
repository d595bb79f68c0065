import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import type { JsonSchema } from './json-schema';
import { schemaTitle } from './schema-title';

/** The title of a record type in `lang`: its schema's `x-i18n` when loaded, else `recordType.<type>`, else the type itself. */
export function recordTypeTitleText(recordType: string, lang: Lang, schema: JsonSchema | undefined): string {
  return schemaTitle(schema, lang, lookupMessage(lang, `recordType.${recordType}`) ?? recordType);
}
