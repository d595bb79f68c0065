import { useEffect, useRef } from 'react';
import type { Problem, ProblemFieldError } from '../api/problem';
import { ProblemText } from '../components/problem-text';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  problem: Problem;
  errors: readonly ProblemFieldError[];
  /** True when the form shows a field at this pointer (its error is also shown there, and linked). */
  isInline(path: string): boolean;
  /** The field's name, in the UI language. */
  labelOf(path: string): string;
  message(error: ProblemFieldError): string;
}

/**
 * Above a refused form, focused when it appears: what failed (a 422: "correct the errors"; anything
 * else: the problem in words), each field's error linked to its field, and errors for the whole
 * request or a field the form does not show listed as they are.
 */
export function ErrorSummary({ problem, errors, isInline, labelOf, message }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problem]);
  const general = errors.filter((e) => !isInline(e.path));
  const inline = errors.filter((e) => isInline(e.path));
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} data-testid="form-error-summary">
      <p className="error-summary-title">
        {problem.status === 422 ? t('form.errorSummary') : <ProblemText problem={problem} />}
      </p>
      {problem.status === 422 && errors.length === 0 && (
        <p>
          <ProblemText problem={problem} />
        </p>
      )}
      <ul>
        {general.map((e, i) => (
          <li key={`g${i}`} data-testid="form-error" data-path={e.path}>
            {e.path && <span className="muted">{labelOf(e.path)}: </span>}
            {message(e)}
          </li>
        ))}
        {inline.map((e, i) => (
          <li key={`f${i}`}>
            <a href={`#${fieldId(e.path)}`} onClick={(ev) => focusField(ev, e.path)}>
              {labelOf(e.path)}: {message(e)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Summary links move focus to the field itself (the hash alone would not reach a fieldset's input). */
function focusField(event: { preventDefault(): void }, pointer: string) {
  const el = document.getElementById(fieldId(pointer));
  if (!el) return;
  event.preventDefault();
  el.scrollIntoView({ block: 'center' });
  (el.matches('input, select, textarea') ? el : el.querySelector<HTMLElement>('input, select, textarea'))?.focus();
}
