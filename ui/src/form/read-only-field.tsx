import { useContext, type ReactNode } from 'react';
import { fieldId } from '../schema/field-id';
import { errorsId, FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';

/** Props of {@link ReadOnlyField}. */
export interface ReadOnlyFieldProps {
  pointer: string;
  label: string;
  /** Said after the label, e.g. "from the case file". */
  note?: string;
  /** The value as shown (never an id). */
  text: string;
  /** How the value is worked out, or why it is fixed. */
  hints: string[];
  /** `data-*` attributes for the wrapper, for tests and styling. */
  data: Record<`data-${string}`, string>;
  extra?: ReactNode;
}

/**
 * A value the user sees but does not change: a fact of the case file, or the task's own person.
 * A read-only text box keeps the layout of the other fields and stays focusable, so an error's
 * link in the summary still lands on it.
 */
export function ReadOnlyField({ pointer, label, note, text, hints, data, extra }: ReadOnlyFieldProps) {
  const id = fieldId(pointer);
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const hintIds = hints.map((_, i) => `${id}-hint${i}`);
  const describedBy = [...hintIds, hasErrors ? errorsId(pointer) : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-readonly${hasErrors ? ' has-error' : ''}`} data-path={pointer} {...data}>
      <label htmlFor={id}>
        {label}
        {note && <span className="field-note"> ({note})</span>}
      </label>
      <div className="field-control">
        <input type="text" id={id} readOnly value={text} aria-invalid={hasErrors || undefined} aria-describedby={describedBy} />
        {extra}
      </div>
      {hints.map((hint, i) => (
        <p key={i} className="field-hint" id={hintIds[i]}>
          {hint}
        </p>
      ))}
      <FieldErrors pointer={pointer} />
    </div>
  );
}
