import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaType } from '../schema/schema-type';
import type { FormValue } from './form-value';

/** The empty form value for a schema: blank text, unchecked boxes, empty lists, nested objects filled in. */
export function initialFormValue(schema: JsonSchema, root: JsonSchema): FormValue {
  const s = resolveSchema(schema, root);
  switch (schemaType(s)) {
    case 'object':
      return Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([key, sub]) => [key, initialFormValue(sub, root)]),
      );
    case 'array':
      return [];
    case 'boolean':
      return false;
    default:
      return '';
  }
}
