import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaType } from '../schema/schema-type';
import { bishkekLocalToIso } from '../time/bishkek-local-to-iso';
import { isFormObject, type FormValue } from './form-value';

/**
 * Turns the form value into the JSON to submit. Blank fields are left out (the server then names
 * the missing required ones); an optional object or array left blank is left out too. Nothing
 * else is checked here: text that is not a number or an instant is sent as typed, so the server's
 * schema error explains it. Array items keep their positions so error paths match the form.
 * Facts the case already holds (`x-icj-from`: the person's sex and age band, the gravity, ...) are
 * never sent: the form only shows them, and the server fills them in from the case file.
 */
export function toSubmission(schema: JsonSchema, root: JsonSchema, value: FormValue, required = true): unknown {
  const s = resolveSchema(schema, root);
  switch (schemaType(s)) {
    case 'object': {
      const source = isFormObject(value) ? value : {};
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(s.properties ?? {})) {
        if (typeof resolveSchema(sub, root)['x-icj-from'] === 'string') continue;
        const v = toSubmission(sub, root, source[key], s.required?.includes(key) ?? false);
        if (v !== undefined) out[key] = v;
      }
      return Object.keys(out).length > 0 || required ? out : undefined;
    }
    case 'array': {
      const list = Array.isArray(value) ? value : [];
      if (list.length === 0) return required ? [] : undefined;
      return list.map((item) => toSubmission(s.items ?? {}, root, item, true) ?? null);
    }
    case 'boolean':
      return value === true;
    case 'integer':
    case 'number': {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') return undefined;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    default: {
      if (typeof value !== 'string' || value === '') return undefined;
      if (s.format === 'date-time') return bishkekLocalToIso(value) ?? value;
      return value;
    }
  }
}
