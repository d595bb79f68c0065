import { useContext } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { childPointer } from '../schema/child-pointer';
import { fieldId } from '../schema/field-id';
import type { JsonSchema } from '../schema/json-schema';
import { FieldErrors } from './field-errors';
import { FormErrorsContext } from './form-errors-context';
import type { FormValue } from './form-value';
import { initialFormValue } from './initial-form-value';
import { RequiredMark } from './required-mark';
import { SchemaField } from './schema-field';

/** Props of {@link ArrayField}; `schema` is a resolved array schema. */
export interface ArrayFieldProps {
  schema: JsonSchema;
  root: JsonSchema;
  pointer: string;
  label: string;
  required: boolean;
  value: FormValue[];
  onChange(value: FormValue[]): void;
}

/** A list of items (objects or scalars) with Add and Remove buttons. */
export function ArrayField({ schema, root, pointer, label, required, value, onChange }: ArrayFieldProps) {
  const { t } = useI18n();
  const { clearUnder } = useContext(FormErrorsContext);
  const itemSchema = schema.items ?? {};

  function remove(index: number) {
    // later items move up one place, so their errors would point at the wrong item
    clearUnder(pointer);
    onChange(value.filter((_, i) => i !== index));
  }

  return (
    <fieldset className="field-group field-array" data-path={pointer} id={fieldId(pointer)}>
      <legend>
        {label}
        {required && <RequiredMark />}
      </legend>
      <FieldErrors pointer={pointer} />
      {value.map((item, i) => {
        const itemLabel = `${label} — ${t('form.item', { n: i + 1 })}`;
        return (
          <div className="array-item" key={i}>
            <SchemaField
              schema={itemSchema}
              root={root}
              pointer={childPointer(pointer, i)}
              name={String(i)}
              label={itemLabel}
              required={false}
              value={item}
              onChange={(v) => onChange(value.map((old, j) => (j === i ? v : old)))}
              extra={
                <button
                  type="button"
                  className="button-secondary button-small"
                  aria-label={`${t('form.remove')}: ${itemLabel}`}
                  onClick={() => remove(i)}
                >
                  {t('form.remove')}
                </button>
              }
            />
          </div>
        );
      })}
      <button
        type="button"
        className="button-secondary"
        aria-label={`${t('form.add')}: ${label}`}
        onClick={() => onChange([...value, initialFormValue(itemSchema, root)])}
      >
        + {t('form.add')}
      </button>
    </fieldset>
  );
}
