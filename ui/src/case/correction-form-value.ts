import type { FormValue } from '../form/form-value';
import type { JsonSchema } from '../schema/json-schema';
import { schemaType } from '../schema/schema-type';
import { bishkekLocalOf } from '../time/bishkek-local-of';

/**
 * A field's current value as its control holds it, so a correction starts from what the case
 * says: an instant as Bishkek `datetime-local` text, a number as text, a flag as a boolean.
 */
export function correctionFormValue(schema: JsonSchema, value: unknown): FormValue {
  if (schemaType(schema) === 'boolean') return value === true;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && schema.format === 'date-time') return bishkekLocalOf(value) || value;
  return String(value);
}
