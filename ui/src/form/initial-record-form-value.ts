import type { TaskForm } from '../api/api-types';
import type { JsonSchema } from '../schema/json-schema';
import { isFormObject, type FormObject } from './form-value';
import { initialFormValue } from './initial-form-value';
import { personFieldOf } from './person-field-of';

/** The empty form of a record, with the task's person already chosen when the task concerns one. */
export function initialRecordFormValue(schema: JsonSchema, facts: TaskForm | undefined): FormObject {
  const initial = initialFormValue(schema, schema);
  const value = isFormObject(initial) ? initial : {};
  const personField = personFieldOf(schema, schema);
  if (personField && facts?.taskPersonId) value[personField] = facts.taskPersonId;
  return value;
}
