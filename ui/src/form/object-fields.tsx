import { childPointer } from '../schema/child-pointer';
import type { JsonSchema } from '../schema/json-schema';
import type { FormObject, FormValue } from './form-value';
import { SchemaField } from './schema-field';

/** Props of {@link ObjectFields}; `schema` is a resolved object schema. */
export interface ObjectFieldsProps {
  schema: JsonSchema;
  root: JsonSchema;
  pointer: string;
  value: FormObject;
  onChange(value: FormObject): void;
}

/** The fields of an object's properties, in schema order, marking the `required` ones. */
export function ObjectFields({ schema, root, pointer, value, onChange }: ObjectFieldsProps) {
  return (
    <>
      {Object.entries(schema.properties ?? {}).map(([key, sub]) => (
        <SchemaField
          key={key}
          schema={sub}
          root={root}
          pointer={childPointer(pointer, key)}
          name={key}
          required={schema.required?.includes(key) ?? false}
          value={value[key]}
          onChange={(v: FormValue) => onChange({ ...value, [key]: v })}
        />
      ))}
    </>
  );
}
