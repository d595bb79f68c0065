import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';

/**
 * The property of an object schema naming a person of the case (`x-icj-person`), or null. At the
 * root it names the person the act concerns, the one a task about a person fills in; in an item of
 * a list (an indictment's accused) it names the person of that item.
 */
export function personFieldOf(objectSchema: JsonSchema, root: JsonSchema): string | null {
  const s = resolveSchema(objectSchema, root);
  const found = Object.entries(s.properties ?? {}).find(([, sub]) => Array.isArray(resolveSchema(sub, root)['x-icj-person']));
  return found ? found[0] : null;
}
