import type { Lang } from '../i18n/lang';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { pointerSegments } from '../schema/schema-at-pointer';
import { schemaTitle } from '../schema/schema-title';

/**
 * A field of a record named from its schema in `lang`, down through lists by the item's number:
 * `/suspects/0/detainedAt` -> `Suspects 1 · Moment of actual detention (hour and minute)`. A name
 * the schema does not know is shown as it is.
 */
export function fieldLabel(root: JsonSchema | undefined, pointer: string, lang: Lang): string {
  const parts: string[] = [];
  let node: JsonSchema | undefined = root;
  for (const key of pointerSegments(pointer)) {
    const s: JsonSchema | undefined = node && root ? resolveSchema(node, root) : undefined;
    if (s?.items && /^\d+$/.test(key)) {
      node = s.items;
      const n = String(Number(key) + 1);
      if (parts.length > 0) parts[parts.length - 1] += ` ${n}`;
      else parts.push(n);
    } else {
      node = s?.properties?.[key];
      parts.push(schemaTitle(node && root ? resolveSchema(node, root) : undefined, lang, key));
    }
  }
  return parts.join(' · ');
}
