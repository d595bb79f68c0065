import { interpolate } from './interpolate';
import type { Lang } from './lang';
import { lookupMessage } from './lookup-message';

// The codes a legal basis cites, as the rulebook and the schemas write them in English.
const CODE = /\b(CPC|CEC|CC|Constitution)(?: KR)?(?= \d)/g;
const LAW = /\bLaw No\. (\d+) of (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\b/g;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A legal basis in the UI language: "CPC KR 106(1),(3), 114(1)" reads "УПК КР 106(1),(3), 114(1)"
 * in Russian and "ЖПК КР 106(1),(3), 114(1)" in Kyrgyz; the Criminal Executive Code (CEC), the
 * Criminal Code (CC), the Constitution and an amending law ("Law No. 49 of 16 Feb 2024") likewise,
 * via the `law.*` messages. Article numbers and anything unrecognised stay as written.
 */
export function localizeBasis(basis: string, lang: Lang): string {
  return basis
    .replace(CODE, (whole, code: string) => lookupMessage(lang, `law.${code}`) ?? whole)
    .replace(LAW, (whole, number: string, day: string, month: string, year: string) => {
      const template = lookupMessage(lang, 'law.act');
      const date = `${day.padStart(2, '0')}.${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}.${year}`;
      return template ? interpolate(template, { number, date }) : whole;
    });
}
