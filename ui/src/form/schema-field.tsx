import { useContext, type ReactNode } from 'react';
import { CriminalCodeField } from '../criminal-code/criminal-code-field';
import { useI18n } from '../i18n/use-i18n';
import { fieldId } from '../schema/field-id';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';
import { schemaType } from '../schema/schema-type';
import { ArrayField } from './array-field';
import { FieldErrors } from './field-errors';
import { fieldMode } from './field-mode';
import { FormFactsContext } from './form-facts-context';
import type { FormValue } from './form-value';
import { isFormObject } from './form-value';
import { knownFactText } from './known-fact-text';
import { ObjectFields } from './object-fields';
import { PersonPicker } from './person-picker';
import { ReadOnlyField } from './read-only-field';
import { RequiredMark } from './required-mark';
import { ScalarField } from './scalar-field';
import { widgetOf } from './widget-of';

/** Props of {@link SchemaField}. */
export interface SchemaFieldProps {
  schema: JsonSchema;
  root: JsonSchema;
  pointer: string;
  /** Property name, the label of last resort. */
  name: string;
  /** Overrides the schema's title (array items). */
  label?: string;
  required: boolean;
  value: FormValue;
  onChange(value: FormValue): void;
  /** Rendered beside the control or in the fieldset's header (an item's Remove button). */
  extra?: ReactNode;
}

/**
 * Renders the control(s) for one schema node, recursing into objects and arrays. A person of the
 * case is chosen by name; a fact the case holds is shown, not asked (see `fieldMode`); a field
 * whose schema names a widget (`x-icj-widget`, see `widgetOf`) gets that widget.
 */
export function SchemaField(props: SchemaFieldProps) {
  const { t, lang } = useI18n();
  const { facts, formValue } = useContext(FormFactsContext);
  const schema = resolveSchema(props.schema, props.root);
  const label = props.label ?? schemaTitle(schema, lang, props.name);
  const type = schemaType(schema);

  if (type === 'object') {
    return (
      <fieldset className="field-group" data-path={props.pointer} id={fieldId(props.pointer)}>
        <legend>
          {label}
          {props.required && <RequiredMark />}
        </legend>
        {props.extra && <div className="fieldset-actions">{props.extra}</div>}
        <FieldErrors pointer={props.pointer} />
        <ObjectFields
          schema={schema}
          root={props.root}
          pointer={props.pointer}
          value={isFormObject(props.value) ? props.value : {}}
          onChange={props.onChange}
        />
      </fieldset>
    );
  }
  if (type === 'array') {
    return (
      <ArrayField
        schema={schema}
        root={props.root}
        pointer={props.pointer}
        label={label}
        required={props.required}
        value={Array.isArray(props.value) ? props.value : []}
        onChange={props.onChange}
      />
    );
  }
  const mode = fieldMode(schema, props.pointer, props.root, formValue, facts);
  if (mode.kind === 'known-fact') {
    return (
      <ReadOnlyField
        pointer={props.pointer}
        label={label}
        note={mode.ref.startsWith('actor.') ? t('form.fromActor') : t('form.fromCaseFile')}
        text={knownFactText(mode.fact, lang)}
        hints={mode.computedOnActDay ? [t('form.computedOnActDay')] : []}
        data={{ 'data-known-fact': mode.ref, 'data-fact-status': mode.fact.status }}
        extra={props.extra}
      />
    );
  }
  if (mode.kind === 'task-person') {
    return (
      <ReadOnlyField
        pointer={props.pointer}
        label={label}
        text={mode.person?.label ?? t('person.unknown')}
        hints={[t('form.taskPerson')]}
        data={{ 'data-person-field': 'task-person' }}
        extra={props.extra}
      />
    );
  }
  // the props of a control that holds one string: a person's id, an article reference
  const textControl = {
    pointer: props.pointer,
    label,
    required: props.required,
    value: typeof props.value === 'string' ? props.value : '',
    onChange: props.onChange,
    extra: props.extra,
  };
  if (mode.kind === 'person-picker') return <PersonPicker {...textControl} choices={mode.choices} />;
  if (widgetOf(schema) === 'criminal-code-article') return <CriminalCodeField {...textControl} />;
  return (
    <ScalarField
      schema={schema}
      pointer={props.pointer}
      label={label}
      required={props.required}
      value={typeof props.value === 'boolean' || typeof props.value === 'string' ? props.value : ''}
      onChange={props.onChange}
      extra={props.extra}
    />
  );
}
