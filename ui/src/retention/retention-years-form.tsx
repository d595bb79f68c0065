import { useState } from 'react';
import type { RetentionRule } from '../api/api-types';
import { ProblemText } from '../components/problem-text';
import { useApiSubmit } from '../form/use-api-submit';
import { useI18n } from '../i18n/use-i18n';
import { yearsRefusalText } from './years-refusal-text';

/** Props of {@link RetentionYearsForm}. */
export interface RetentionYearsFormProps {
  rule: RetentionRule;
  /** The rule's name in the UI language, for the input's label. */
  label: string;
  /** Sends the new period; throws the server's refusal. */
  onSave(years: number | null): Promise<void>;
}

/**
 * One rule's period: a number of years and Save (enabled once the number differs from the period
 * in force), the server's refusal right under it. No browser-side range check: the server decides.
 */
export function RetentionYearsForm({ rule, label, onSave }: RetentionYearsFormProps) {
  const { t, lang } = useI18n();
  const [value, setValue] = useState(String(rule.years));
  const { submitting, refusals, onSubmit } = useApiSubmit();
  const id = `retention-years-${rule.outcome}`;
  const errorsId = `${id}-errors`;
  const problem = refusals.problem;
  // every refusal of this one-field form is about the period (or, for an unknown outcome, the row)
  const errors = refusals.errors;
  const refused = problem !== undefined;

  const submit = onSubmit(() => onSave(value.trim() === '' ? null : Number(value)));

  return (
    <div className={refused ? 'field has-error' : undefined} data-testid="retention-years">
      <form className="field-control" noValidate onSubmit={submit}>
        <label className="visually-hidden" htmlFor={id}>
          {t('retention.yearsOf', { outcome: label })}
        </label>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          // room for "100" and the spinner: the row beside Save would squeeze the input to one digit
          style={{ flex: '0 0 6rem' }}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={refused || undefined}
          aria-describedby={refused ? errorsId : undefined}
        />
        <button type="submit" className="button-primary button-small" disabled={submitting || value === String(rule.years)}>
          {submitting ? t('form.sending') : t('retention.save')}
        </button>
      </form>
      {problem && (
        <div className="field-errors" id={errorsId}>
          {errors.length > 0 ? (
            errors.map((e, i) => (
              <p key={i} className="field-error" data-testid="form-error" data-path={e.path}>
                {yearsRefusalText(e, lang)}
              </p>
            ))
          ) : (
            <p className="field-error" data-testid="form-error">
              <ProblemText problem={problem} />
            </p>
          )}
        </div>
      )}
    </div>
  );
}
