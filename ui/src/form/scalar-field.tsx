import { useContext, type ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import type { JsonSchema } from '../schema/json-schema';
import { schemaType } from '../schema/schema-type';
import { errorsId, FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';
import { RequiredMark } from './required-mark';

/** Props of {@link ScalarField}; `schema` is already resolved. */
export interface ScalarFieldProps {
  schema: JsonSchema;
  pointer: string;
  label: string;
  required: boolean;
  value: string | boolean;
  onChange(value: string | boolean): void;
  extra?: ReactNode;
}

/** Longer texts than this get a textarea. */
const TEXTAREA_FROM_LENGTH = 200;

/**
 * One labelled control: select for an `enum`, datetime-local for `date-time` (Bishkek time), date,
 * number, checkbox, textarea for long text, else a text input. No browser-side validation: the
 * server's errors are shown under the field.
 */
export function ScalarField({ schema, pointer, label, required, value, onChange, extra }: ScalarFieldProps) {
  const { t, enumLabel } = useI18n();
  const id = fieldId(pointer);
  const hasErrors = useContext(FormErrorsContext).errorsAt(pointer).length > 0;
  const type = schemaType(schema);
  const hintId = `${id}-hint`;
  const describedBy = [hasErrors ? errorsId(pointer) : '', schema.format === 'date-time' ? hintId : '']
    .filter(Boolean)
    .join(' ') || undefined;
  const common = {
    id,
    name: pointer,
    'aria-required': required || undefined,
    'aria-invalid': hasErrors || undefined,
    'aria-describedby': describedBy,
  };
  const text = typeof value === 'string' ? value : '';

  if (type === 'boolean') {
    return (
      <div className={`field field-checkbox${hasErrors ? ' has-error' : ''}`} data-path={pointer}>
        <input type="checkbox" {...common} checked={value === true} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>
          {label}
          {required && <RequiredMark />}
        </label>
        {extra}
        <FieldErrors pointer={pointer} />
      </div>
    );
  }

  let control: ReactNode;
  if (schema.enum) {
    control = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('form.select')}</option>
        {schema.enum.map((option) => (
          <option key={String(option)} value={String(option)}>
            {enumLabel(String(option))}
          </option>
        ))}
      </select>
    );
  } else if (type === 'integer' || type === 'number') {
    control = (
      <input
        type="number"
        {...common}
        className="input-number"
        step={type === 'integer' ? 1 : 'any'}
        min={schema.minimum}
        max={schema.maximum}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else if (schema.format === 'date-time' || schema.format === 'date') {
    control = (
      <input
        type={schema.format === 'date' ? 'date' : 'datetime-local'}
        {...common}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else if (type === 'string' && (schema.maxLength ?? 0) > TEXTAREA_FROM_LENGTH) {
    control = <textarea {...common} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />;
  } else if (type === 'string' || type === undefined) {
    control = <input type="text" {...common} value={text} onChange={(e) => onChange(e.target.value)} />;
  } else {
    control = <p className="muted">{t('form.unsupported')}</p>;
  }

  return (
    <div className={`field${hasErrors ? ' has-error' : ''}`} data-path={pointer}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      <div className="field-control">
        {control}
        {extra}
      </div>
      {schema.format === 'date-time' && (
        <p className="field-hint" id={hintId}>
          {t('form.bishkekTime')}
        </p>
      )}
      <FieldErrors pointer={pointer} />
    </div>
  );
}
