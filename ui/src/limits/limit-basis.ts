import type { Rulebook } from '../../../law/rulebook-types';
import type { Lang } from '../i18n/lang';
import { localizeBasis } from '../i18n/localize-basis';

/** The articles a limit rests on ("УПК КР 97(1), (4)"), localised; undefined if the rulebook has no such limit. */
export function limitBasis(limitId: string, lang: Lang, rulebook?: Rulebook): string | undefined {
  const rule = rulebook?.limits.find((l) => l.id === limitId);
  return rule ? localizeBasis(rule.basisText, lang) : undefined;
}
