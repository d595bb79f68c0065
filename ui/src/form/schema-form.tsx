import { useMemo, useState, type FormEvent } from 'react';
import type { TaskForm } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import type { JsonSchema } from '../schema/json-schema';
import { ErrorSummary } from './error-summary';
import { fieldPointers } from './field-pointers';
import { FormErrorsContext } from './form-errors-context';
import { FormFactsContext } from './form-facts-context';
import type { FormObject } from './form-value';
import { initialRecordFormValue } from './initial-record-form-value';
import { labelAtPointer } from './label-at-pointer';
import { ObjectFields } from './object-fields';
import { toSubmission } from './to-submission';
import { useFormRefusals } from './use-form-refusals';

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
  /**
   * Derives fields from the user's change before it is kept (the registration proposes the gravity
   * of the chosen article): the form after the change, from the form after it and before it.
   */
  adjust?(next: FormObject, previous: FormObject): FormObject;
}

/**
 * A form generated from a JSON Schema. The server is the validator: on 422 each error of the
 * problem's `errors` appears under the field its `path` names, and errors for the whole object or
 * an unknown path appear in the summary at the top; what the user typed stays in place. Refusals
 * by the case invariants name fields, record types and persons (by name) in the UI language.
 */
export function SchemaForm({ schema, submitLabel, facts, onSubmit, adjust }: SchemaFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [value, setValue] = useState<FormObject>(() => initialRecordFormValue(schema, facts));
  const [submitting, setSubmitting] = useState(false);
  const refusals = useFormRefusals(schema, facts?.persons);

  const known = useMemo(() => fieldPointers(schema, schema, value), [schema, value]);
  const factsContext = useMemo(() => ({ facts, formValue: value }), [facts, value]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitting(true);
    try {
      await onSubmit(toSubmission(schema, schema, value) as Record<string, unknown>);
      refusals.clear();
    } catch (err) {
      refusals.fail(err);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <FormErrorsContext.Provider value={refusals.context}>
      <FormFactsContext.Provider value={factsContext}>
        <form className="schema-form" data-testid="task-form" noValidate onSubmit={handleSubmit}>
          {refusals.problem && (
            <ErrorSummary
              problem={refusals.problem}
              errors={refusals.errors}
              isInline={(path) => known.has(path)}
              labelOf={(path) => labelAtPointer(schema, path, i18n)}
              message={refusals.message}
            />
          )}
          <p className="muted">{t('form.requiredLegend')}</p>
          <ObjectFields
            schema={schema}
            root={schema}
            pointer=""
            value={value}
            onChange={(next) => setValue((previous) => (adjust ? adjust(next, previous) : next))}
          />
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
