import { dictionaries } from './dictionaries';
import type { Lang } from './lang';

/**
 * The message for a key built at run time (`enum.${value}`) in `lang`, or undefined: only the
 * dictionary's own keys count, so `constructor` or `toString` never pass for a message. For pure
 * code; components use `tMaybe` from `useI18n`.
 */
export function lookupMessage(lang: Lang, key: string): string | undefined {
  const dict: Readonly<Record<string, string>> = dictionaries[lang];
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}
