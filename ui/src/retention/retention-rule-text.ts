import type { RetentionRule } from '../api/api-types';
import type { I18n } from '../i18n/use-i18n';

/**
 * An outcome's name, or the act its period runs from, in the UI language: `retention.outcome.*` /
 * `retention.anchor.*`; for an outcome the UI does not know yet, the API's own text (it has no Kyrgyz).
 */
export function retentionRuleText(rule: RetentionRule, part: 'outcome' | 'anchor', { tMaybe, lang }: Pick<I18n, 'tMaybe' | 'lang'>): string {
  const own = part === 'outcome' ? rule.name : rule.anchor;
  return tMaybe(`retention.${part}.${rule.outcome}`) ?? (lang === 'en' ? own.en : own.ru);
}
