import type { Lang } from '../i18n/lang';
import type { Translate } from '../i18n/messages';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';

/** The localized labels along a JSON pointer, e.g. `Suspects › No. 1 › Date of birth`, for the error summary. */
export function labelAtPointer(root: JsonSchema, pointer: string, i18n: { lang: Lang; t: Translate }): string {
  const parts: string[] = [];
  let node: JsonSchema | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const s: JsonSchema | undefined = node && resolveSchema(node, root);
    if (s?.properties?.[key]) {
      node = s.properties[key];
      parts.push(schemaTitle(resolveSchema(node, root), i18n.lang, key));
    } else if (s?.items && /^\d+$/.test(key)) {
      node = s.items;
      parts.push(i18n.t('form.item', { n: Number(key) + 1 }));
    } else {
      node = undefined;
      parts.push(key);
    }
  }
  return parts.join(' › ');
}
