import { useContext, type ReactNode } from 'react';
import type { FormPerson } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import { errorsId, FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';
import { RequiredMark } from './required-mark';

/** Props of {@link PersonPicker}. */
export interface PersonPickerProps {
  pointer: string;
  label: string;
  required: boolean;
  /** The chosen person's id, or ''. */
  value: string;
  choices: FormPerson[];
  onChange(personId: string): void;
  extra?: ReactNode;
}

/** A person of the case chosen by name (the value is the id, which is never shown). */
export function PersonPicker({ pointer, label, required, value, choices, onChange, extra }: PersonPickerProps) {
  const { t } = useI18n();
  const id = fieldId(pointer);
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const hintId = `${id}-hint`;
  const describedBy = [hasErrors ? errorsId(pointer) : '', choices.length === 0 ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field field-person${hasErrors ? ' has-error' : ''}`} data-path={pointer} data-person-field="picker">
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
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('form.select')}</option>
          {choices.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label}
            </option>
          ))}
        </select>
        {extra}
      </div>
      {choices.length === 0 && (
        <p className="field-hint" id={hintId}>
          {t('form.noEligiblePersons')}
        </p>
      )}
      <FieldErrors pointer={pointer} />
    </div>
  );
}
