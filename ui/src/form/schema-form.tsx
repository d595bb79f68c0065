import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error';
import type { TaskForm } from '../api/api-types';
import type { Problem, ProblemFieldError } from '../api/problem';
import { ProblemText } from '../components/problem-text';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import type { JsonSchema } from '../schema/json-schema';
import { referencedRecordTypes } from '../schema/referenced-record-types';
import { useRecordSchemas } from '../schema/use-record-schemas';
import { fieldErrorMessage } from './field-error-message';
import { fieldPointers } from './field-pointers';
import { FormErrorsContext, type FormErrors } from './form-errors-context';
import { FormFactsContext } from './form-facts-context';
import type { FormObject } from './form-value';
import { initialRecordFormValue } from './initial-record-form-value';
import { labelAtPointer } from './label-at-pointer';
import { ObjectFields } from './object-fields';
import type { RefusalContext } from './refusal-context';
import { toSubmission } from './to-submission';

/** Props of {@link SchemaForm}. */
export interface SchemaFormProps {
  /** The record's JSON Schema (an object schema, as served by `GET /api/schemas/:recordType`). */
  schema: JsonSchema;
  submitLabel: string;
  /**
   * What the case already holds (a task's `form`): persons are picked by name, the task's person
   * is fixed, and `x-icj-from` facts are shown read-only and not submitted. Without it (the report
   * registration, which starts a case) person fields offer nobody and facts read "not on file".
   */
  facts?: TaskForm;
  /** Sends the data; an ApiError it throws is shown (422 errors next to their fields). */
  onSubmit(data: Record<string, unknown>): Promise<void>;
}

/**
 * A form generated from a JSON Schema. The server is the validator: on 422 each error of the
 * problem's `errors` appears under the field its `path` names, and errors for the whole object or
 * an unknown path appear in the summary at the top; what the user typed stays in place. Refusals
 * by the case invariants name fields, record types and persons (by name) in the UI language.
 */
export function SchemaForm({ schema, submitLabel, facts, onSubmit }: SchemaFormProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [value, setValue] = useState<FormObject>(() => initialRecordFormValue(schema, facts));
  const [problem, setProblem] = useState<Problem>();
  const [errors, setErrors] = useState<ProblemFieldError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const known = useMemo(() => fieldPointers(schema, schema, value), [schema, value]);
  const inline = errors.filter((e) => known.has(e.path));
  const general = errors.filter((e) => !known.has(e.path));

  // the records a refusal may name (a precondition, `last:measure-motion.filedAt`), by their titles
  const schemas = useRecordSchemas(useMemo(() => referencedRecordTypes(schema, errors), [schema, errors]));
  const refusalContext = useMemo<RefusalContext>(
    () => ({ schema, schemas, persons: facts?.persons }),
    [schema, schemas, facts],
  );
  const message = (e: ProblemFieldError) => fieldErrorMessage(e, lang, refusalContext);

  const context = useMemo<FormErrors>(
    () => ({
      errorsAt: (pointer) =>
        errors.filter((e) => e.path === pointer).map((e) => fieldErrorMessage(e, lang, refusalContext)),
      clearUnder: (pointer) => setErrors((all) => all.filter((e) => !e.path.startsWith(`${pointer}/`))),
    }),
    [errors, lang, refusalContext],
  );
  const factsContext = useMemo(() => ({ facts, formValue: value }), [facts, value]);

  useEffect(() => {
    if (problem) summaryRef.current?.focus();
  }, [problem]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      await onSubmit(toSubmission(schema, schema, value) as Record<string, unknown>);
      setProblem(undefined);
      setErrors([]);
    } catch (err) {
      const p: Problem = err instanceof ApiError ? err.problem : { title: String(err), status: 0 };
      setProblem(p);
      // kept untranslated: each render shows them in the current language (fieldErrorMessage)
      setErrors((p.errors ?? []).map((e) => ({ ...e, path: e.path ?? '', message: e.message ?? '' })));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <FormErrorsContext.Provider value={context}>
      <FormFactsContext.Provider value={factsContext}>
        <form className="schema-form" data-testid="task-form" noValidate onSubmit={handleSubmit}>
          {problem && (
            <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} data-testid="form-error-summary">
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
                    {e.path && <span className="muted">{labelAtPointer(schema, e.path, i18n)}: </span>}
                    {message(e)}
                  </li>
                ))}
                {inline.map((e, i) => (
                  <li key={`f${i}`}>
                    <a href={`#${fieldId(e.path)}`} onClick={(ev) => focusField(ev, e.path)}>
                      {labelAtPointer(schema, e.path, i18n)}: {message(e)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p className="muted">{t('form.requiredLegend')}</p>
          <ObjectFields schema={schema} root={schema} pointer="" value={value} onChange={setValue} />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={submitting}>
              {submitting ? t('form.sending') : submitLabel}
            </button>
          </div>
        </form>
      </FormFactsContext.Provider>
    </FormErrorsContext.Provider>
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
