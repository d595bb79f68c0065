import { useContext } from 'react';
import { fieldId } from '../schema/field-id';
import { errorsId, FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';
import { RequiredMark } from './required-mark';

/** Props of {@link TextInputField}. */
export interface TextInputFieldProps {
  pointer: string;
  label: string;
  required?: boolean;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'password';
  /** A textarea of this many rows instead of one line. */
  rows?: number;
  hint?: string;
  readOnly?: boolean;
  autoComplete?: string;
}

/**
 * A labelled line (or area) of text for a form the page builds (a username, a password, a note),
 * with the server's errors for its pointer under it. No browser-side checks: the server decides.
 */
export function TextInputField({ pointer, label, required = false, value, onChange, type = 'text', rows, hint, readOnly, autoComplete }: TextInputFieldProps) {
  const id = fieldId(pointer);
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const hintId = `${id}-hint`;
  const common = {
    id,
    name: pointer,
    value,
    readOnly,
    'aria-required': required || undefined,
    'aria-invalid': hasErrors || undefined,
    'aria-describedby': [hasErrors ? errorsId(pointer) : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={`field${hasErrors ? ' has-error' : ''}${readOnly ? ' field-readonly' : ''}`} data-path={pointer}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <div className="field-control">
        {rows ? (
          <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...common} type={type} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
        )}
      </div>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldErrors pointer={pointer} />
    </div>
  );
}
