import { interpolate } from './interpolate';
import type { Lang } from './lang';
import { lookupMessage } from './lookup-message';

/** A title in the quotation marks of `lang` (`common.quoted`: « » in Russian and Kyrgyz, “ ” in English). */
export function quoted(text: string, lang: Lang): string {
  return interpolate(lookupMessage(lang, 'common.quoted') ?? '"{text}"', { text });
}
