import type { JsonSchema } from '../schema/json-schema';
import { pointerSegments, schemaAtPointer } from '../schema/schema-at-pointer';
import { isFormObject, type FormValue } from './form-value';
import { personFieldOf } from './person-field-of';

/**
 * The person whose facts a read-only `person.*` field at `pointer` shows: the one chosen in the
 * person field of the same object (an indictment's accused item has its own), else the one of the
 * record's root person field, else the task's person. The same order the server follows when it
 * fills the fact in (casefile/act-input.ts `refContext`), so the preview is what gets recorded.
 */
export function factPersonId(root: JsonSchema, value: FormValue, pointer: string, taskPersonId: string | null): string | null {
  const parentPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  const parentSchema = schemaAtPointer(root, parentPointer);
  const parentValue = valueAtPointer(value, parentPointer);
  const beside = parentSchema ? personFieldOf(parentSchema, root) : null;
  if (beside) return chosen(isFormObject(parentValue) ? parentValue[beside] : undefined) ?? taskPersonId;
  const rootField = personFieldOf(root, root);
  if (rootField) return chosen(isFormObject(value) ? value[rootField] : undefined) ?? taskPersonId;
  return taskPersonId;
}

function chosen(v: FormValue): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function valueAtPointer(value: FormValue, pointer: string): FormValue {
  let node = value;
  for (const key of pointerSegments(pointer)) {
    if (Array.isArray(node)) node = /^\d+$/.test(key) ? node[Number(key)] : undefined;
    else node = isFormObject(node) ? node[key] : undefined;
  }
  return node;
}
