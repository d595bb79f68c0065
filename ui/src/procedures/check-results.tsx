import { problemCode } from '../../../bpmn/problem-codes';
import type { DiagramProblem } from '../api/procedure-types';
import { useI18n } from '../i18n/use-i18n';
import { useRulebook } from '../limits/use-rulebook';
import { diagramProblemMessage } from './diagram-problem-message';

/** What Validate or Deploy found: `errors` block deployment, `warnings` do not. */
export interface CheckOutcome {
  errors: DiagramProblem[];
  warnings: DiagramProblem[];
}

/** The errors and warnings of a check; choosing one shows its element in the modeler. */
export function CheckResults({ outcome, onReveal }: { outcome: CheckOutcome; onReveal(elementId: string): void }) {
  const { t } = useI18n();
  return (
    <div className="check-results" data-testid="check-results" role="status">
      {outcome.errors.length === 0 && (
        <p className="check-ok" data-testid="check-ok">
          ✔ {t('editor.noErrors')}
        </p>
      )}
      {outcome.errors.length > 0 && (
        <ProblemList title={t('editor.errors', { count: outcome.errors.length })} severity="error" problems={outcome.errors} onReveal={onReveal} />
      )}
      {outcome.warnings.length > 0 && (
        <ProblemList title={t('editor.warnings', { count: outcome.warnings.length })} severity="warning" problems={outcome.warnings} onReveal={onReveal} />
      )}
    </div>
  );
}

/** Each problem in the UI language (`diagramProblemMessage`), its limits by their rulebook titles, with its code in small type. */
function ProblemList({ title, severity, problems, onReveal }: { title: string; severity: 'error' | 'warning'; problems: DiagramProblem[]; onReveal(elementId: string): void }) {
  const { t, lang } = useI18n();
  const rulebook = useRulebook();
  return (
    <div className={`problem-list problem-${severity}`}>
      <h3>{title}</h3>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.elementId}-${p.rule}-${i}`} data-testid="problem-item" data-code={problemCode(p)}>
            <button
              type="button"
              className="problem-link"
              data-testid="problem"
              data-severity={severity}
              data-element-id={p.elementId}
              title={t('editor.showElement')}
              onClick={() => onReveal(p.elementId)}
            >
              <code>{p.elementId}</code>
            </button>{' '}
            <span data-testid="problem-text">{diagramProblemMessage(p, lang, rulebook)}</span> <span className="muted small">({p.rule})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
