import { useI18n } from '../i18n/use-i18n';
import { limitBasis } from '../limits/limit-basis';
import { useRulebook } from '../limits/use-rulebook';

/** A rulebook limit's id in code type and the articles it rests on, in the UI language (once the rulebook is loaded). */
export function LimitBasis({ limitId }: { limitId: string }) {
  const { lang } = useI18n();
  const basis = limitBasis(limitId, lang, useRulebook());
  return (
    <div className="small muted limit-basis">
      <code>{limitId}</code>
      {basis && <span className="basis"> · {basis}</span>}
    </div>
  );
}
