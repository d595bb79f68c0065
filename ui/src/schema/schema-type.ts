import type { JsonSchema } from './json-schema';

/** The schema's type, ignoring `"null"` in a type list (`["string", "null"]` is a string field). */
export function schemaType(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  if (schema.enum) return 'string';
  return undefined;
}
