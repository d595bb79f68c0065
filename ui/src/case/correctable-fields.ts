import { childPointer } from '../schema/child-pointer';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaType } from '../schema/schema-type';

/** A field of a recorded act that a correction may change. */
export interface CorrectableField {
  /** JSON pointer into the record's data: `/place`, `/suspects/0/detainedAt`. */
  pointer: string;
  /** The field's resolved schema node: it chooses the control of the new value. */
  schema: JsonSchema;
  /** The value the case holds now (corrections applied), undefined when none was recorded. */
  value: unknown;
  /** It anchors a liberty clock (`x-icj-clock`): supervisors and admins only. */
  clock: boolean;
}

const SCALAR_TYPES = new Set(['string', 'number', 'integer', 'boolean']);

/**
 * The scalar fields of a record, in schema order, down into the objects and the list items it
 * holds (`/suspects/0/detainedAt`), with their current values. Left out: fields naming a person
 * (who an act concerns is not corrected in place) and facts filled in from the case file
 * (`x-icj-from`: corrected where the case learnt them), except a moment of detention a record
 * repeats, which anchors that person's clocks. An optional object or list not recorded has nothing
 * to correct inside it: the server changes values of existing objects only.
 */
export function correctableFields(root: JsonSchema, data: Record<string, unknown>): CorrectableField[] {
  const found: CorrectableField[] = [];
  const walk = (node: JsonSchema, value: unknown, pointer: string, key: string) => {
    const s = resolveSchema(node, root);
    const type = schemaType(s);
    if (type === 'object') {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      for (const [name, sub] of Object.entries(s.properties ?? {})) {
        walk(sub, (value as Record<string, unknown>)[name], childPointer(pointer, name), name);
      }
    } else if (type === 'array') {
      if (Array.isArray(value)) value.forEach((item, i) => walk(s.items ?? {}, item, childPointer(pointer, i), key));
    } else if (type !== undefined && SCALAR_TYPES.has(type)) {
      const clock = s['x-icj-clock'] === true;
      const person = key === 'personId' || Array.isArray(s['x-icj-person']);
      const fromCaseFile = typeof s['x-icj-from'] === 'string';
      if (!person && (clock || !fromCaseFile)) found.push({ pointer, schema: s, value, clock });
    }
  };
  walk(root, data, '', '');
  return found;
}
