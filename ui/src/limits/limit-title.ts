import type { Rulebook } from '../../../law/rulebook-types';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';

/**
 * A legal time limit by name in `lang`: the rulebook's own title (every limit has one in ru, ky
 * and en), else the `limit.<id>` message (while the rulebook loads), else the id itself.
 */
export function limitTitle(limitId: string, lang: Lang, rulebook?: Rulebook): string {
  const rule = rulebook?.limits.find((l) => l.id === limitId);
  return rule?.title[lang] ?? lookupMessage(lang, `limit.${limitId}`) ?? limitId;
}
