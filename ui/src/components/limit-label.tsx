import { useI18n } from '../i18n/use-i18n';
import { limitTitle } from '../limits/limit-title';
import { useRulebook } from '../limits/use-rulebook';

/** A rulebook limit by its localised title (`limitTitle`) with the id itself in small code type. */
export function LimitLabel({ limitId }: { limitId: string }) {
  const { lang } = useI18n();
  const title = limitTitle(limitId, lang, useRulebook());
  return (
    <span className="limit-label">
      {title !== limitId && <span>{title} </span>}
      <code>{limitId}</code>
    </span>
  );
}
