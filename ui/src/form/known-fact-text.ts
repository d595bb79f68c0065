import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { factValueText } from './fact-value-text';
import type { KnownFact } from './known-fact-value';

/** What a read-only fact field shows: the value in the UI language, or why there is none yet. */
export function knownFactText(fact: KnownFact, lang: Lang): string {
  switch (fact.status) {
    case 'known':
      return factValueText(fact.value, lang);
    case 'choose-person':
      return lookupMessage(lang, 'form.choosePersonFirst') ?? '—';
    case 'not-on-file':
      return lookupMessage(lang, 'form.notOnFile') ?? '—';
  }
}
