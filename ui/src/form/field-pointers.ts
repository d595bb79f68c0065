import { childPointer } from '../schema/child-pointer';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaType } from '../schema/schema-type';
import { isFormObject, type FormValue } from './form-value';

/**
 * The JSON pointers of every field, fieldset and array item the form currently shows; a server
 * error whose path is in this set is shown inline, any other goes to the summary.
 */
export function fieldPointers(schema: JsonSchema, root: JsonSchema, value: FormValue, pointer = ''): Set<string> {
  const found = new Set<string>();
  const walk = (node: JsonSchema, v: FormValue, at: string) => {
    const s = resolveSchema(node, root);
    const type = schemaType(s);
    if (type === 'object') {
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        const p = childPointer(at, key);
        found.add(p);
        walk(sub, isFormObject(v) ? v[key] : undefined, p);
      }
    } else if (type === 'array' && Array.isArray(v)) {
      v.forEach((item, i) => {
        const p = childPointer(at, i);
        found.add(p);
        walk(s.items ?? {}, item, p);
      });
    }
  };
  walk(schema, value, pointer);
  return found;
}
