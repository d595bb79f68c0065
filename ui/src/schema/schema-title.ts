import type { Lang } from '../i18n/lang';
import type { JsonSchema } from './json-schema';

/** A schema's title in `lang` from `x-i18n`, else its English `title`, else `fallback`. */
export function schemaTitle(schema: JsonSchema | undefined, lang: Lang, fallback: string): string {
  return schema?.['x-i18n']?.[lang] ?? schema?.title ?? fallback;
}
