import { lookupMessage } from '../i18n/lookup-message';
import type { Lang } from '../i18n/lang';
import { formatDate } from '../time/format-date';
import { formatInstant } from '../time/format-instant';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A value of the case file as the user reads it: yes or no, an instant in Bishkek time, a date as
 * dd.mm.yyyy, an enum value by its `enum.<value>` label, anything else as it is. For read-only
 * facts and for the values a refusal quotes (`params.expected`).
 */
export function factValueText(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return lookupMessage(lang, value ? 'common.yes' : 'common.no') ?? String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value) ?? String(value);
  if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value);
  if (DATE.test(value)) return formatDate(value);
  return lookupMessage(lang, `enum.${value}`) ?? value;
}
