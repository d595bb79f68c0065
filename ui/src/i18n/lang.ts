/** The UI languages, default first. */
export const LANGS = ['ru', 'ky', 'en'] as const;

/** A UI language code. */
export type Lang = (typeof LANGS)[number];

/** localStorage key holding the chosen language. */
export const LANG_STORAGE_KEY = 'icj.lang';

/** True when `value` is one of {@link LANGS}. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The language saved in localStorage, or Russian (also when storage is unavailable). */
export function readStoredLang(): Lang {
  try {
    const saved = window.localStorage.getItem(LANG_STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // storage blocked (privacy mode): fall through to the default
  }
  return 'ru';
}
