import type { Escalation } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { limitTitle } from '../limits/limit-title';
import { useRulebook } from '../limits/use-rulebook';
import { escalationSentence } from './escalation-sentence';

/** An escalation's localised sentence; the server's English message stays only as the tooltip. */
export function EscalationMessage({ escalation }: { escalation: Escalation }) {
  const { lang } = useI18n();
  const rulebook = useRulebook();
  const limitName = escalation.limitId ? limitTitle(escalation.limitId, lang, rulebook) : undefined;
  return (
    <span className="escalation-message" data-testid="escalation-message" title={escalation.message || undefined}>
      {escalationSentence(escalation, lang, limitName)}
    </span>
  );
}
