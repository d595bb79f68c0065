import { useContext } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import { errorsId, FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';
import { RequiredMark } from './required-mark';

/** One choice of a {@link SelectField}: the value sent and the words shown. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  pointer: string;
  label: string;
  required?: boolean;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** The words of the empty choice: `— select —` unless given. */
  emptyLabel?: string;
  hint?: string;
  disabled?: boolean;
}

/**
 * A labelled choice among options the page builds (a colleague, a unit, a role), with the server's
 * errors for its pointer under it, like the generated forms' fields.
 */
export function SelectField({ pointer, label, required = false, value, options, onChange, emptyLabel, hint, disabled }: SelectFieldProps) {
  const { t } = useI18n();
  const id = fieldId(pointer);
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const hintId = `${id}-hint`;
  const describedBy = [hasErrors ? errorsId(pointer) : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${hasErrors ? ' has-error' : ''}`} data-path={pointer}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <div className="field-control">
        <select
          id={id}
          name={pointer}
          aria-required={required || undefined}
          aria-invalid={hasErrors || undefined}
          aria-describedby={describedBy}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{emptyLabel ?? t('form.select')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
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
