import { createContext, useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { LANG_STORAGE_KEY, readStoredLang, type Lang } from './lang';

/** What the provider shares: the current language and a setter that also persists it. */
export interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

/** Context behind {@link useI18n}; components use the hook, not this. */
export const LangContext = createContext<LangState>({ lang: 'ru', setLang: () => {} });

/** Holds the UI language, persisted in localStorage (`icj.lang`) and mirrored in `<html lang>`. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readStoredLang);

  // A layout effect runs before any child's effect, so even the first API call sends the right language.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // not persisted; the choice still holds for this page
    }
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}
