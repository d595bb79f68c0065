import { factValueText } from '../form/fact-value-text';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import type { JsonSchema } from '../schema/json-schema';
import { formatDate } from '../time/format-date';
import { formatInstant } from '../time/format-instant';

/**
 * A value of a record's field as the timeline shows it, read by the field's schema: an enum value
 * by its label, an instant in Bishkek time, a date as dd.mm.yyyy, yes or no, a person by name
 * (never the id), text as it is. Without the schema (not loaded yet) the value's look decides.
 */
export function fieldValueText(
  value: unknown,
  schema: JsonSchema | undefined,
  lang: Lang,
  persons: ReadonlyArray<{ id: string; label: string }> = [],
): string {
  if (value === null || value === undefined) return '—';
  if (!schema) return factValueText(value, lang);
  if (typeof value === 'boolean') return lookupMessage(lang, value ? 'common.yes' : 'common.no') ?? String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  if (Array.isArray(schema['x-icj-person'])) return persons.find((p) => p.id === value)?.label ?? lookupMessage(lang, 'person.unknown') ?? '—';
  if (schema.enum) return lookupMessage(lang, `enum.${value}`) ?? value;
  if (schema.format === 'date-time') return formatInstant(value);
  if (schema.format === 'date') return formatDate(value);
  return value;
}
