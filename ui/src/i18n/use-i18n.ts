import { useContext, useMemo } from 'react';
import { dictionaries } from './dictionaries';
import { LangContext } from './i18n-provider';
import { interpolate, type MessageParams } from './interpolate';
import type { Lang } from './lang';
import type { MessageKey, Translate } from './messages';

/** The translation helpers returned by {@link useI18n}. */
export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message for a known key in the current language. */
  t: Translate;
  /** The message for a key built at run time (`enum.${value}`), or undefined if there is none. */
  tMaybe(key: string, params?: MessageParams): string | undefined;
  /** An enum value from a schema or the API, via `enum.<value>`, else the raw value. */
  enumLabel(value: string): string;
}

/** The `t(key)` hook: current language, setter and translation helpers. */
export function useI18n(): I18n {
  const { lang, setLang } = useContext(LangContext);
  return useMemo(() => {
    const dict = dictionaries[lang];
    const tMaybe = (key: string, params?: MessageParams) =>
      Object.hasOwn(dict, key) ? interpolate(dict[key as MessageKey], params) : undefined;
    return {
      lang,
      setLang,
      t: (key: MessageKey, params?: MessageParams) => interpolate(dict[key], params),
      tMaybe,
      enumLabel: (value: string) => tMaybe(`enum.${value}`) ?? value,
    };
  }, [lang, setLang]);
}
