import type { Lang } from '../i18n/lang';
import { interpolate } from '../i18n/interpolate';
import { lookupMessage } from '../i18n/lookup-message';

// Kyrgyz writes numbers as Russian does (12 345,6); the Intl data for `ky` is not in every browser.
const LOCALES: Record<Lang, string> = { ru: 'ru-RU', ky: 'ru-RU', en: 'en-GB' };

/** A number in the UI language's way (`12 345,6`, `12,345.6`), at most one decimal as the API rounds. */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(value);
}

/**
 * A value with its unit in the UI language: `87,5 %`, `12,3 на 100 000`, `34 дн.`, `41 ч`, a
 * count bare. Withheld and missing values are not numbers and are shown by the caller.
 */
export function indicatorValueText(value: number, unit: string, lang: Lang): string {
  const template = lookupMessage(lang, `stats.value.${unit}`) ?? '{value}';
  return interpolate(template, { value: formatNumber(value, lang) });
}
