import type { FormPerson, TaskForm } from '../api/api-types';
import type { JsonSchema } from '../schema/json-schema';
import { pointerSegments } from '../schema/schema-at-pointer';
import { factPersonId } from './fact-person';
import type { FormValue } from './form-value';
import { isComputedOnActDay, knownFactValue, type KnownFact } from './known-fact-value';
import { personChoices } from './person-choices';
import { personFieldOf } from './person-field-of';

/** How the form renders a scalar field. */
export type FieldMode =
  /** An ordinary control the user fills in. */
  | { kind: 'input' }
  /** A choice among the persons of the case who may be concerned. */
  | { kind: 'person-picker'; choices: FormPerson[] }
  /** The task's own person: shown by name, not changed. */
  | { kind: 'task-person'; personId: string; person: FormPerson | undefined }
  /** A fact the case holds: shown, never submitted (`x-icj-from`). */
  | { kind: 'known-fact'; ref: string; fact: KnownFact; computedOnActDay: boolean };

/**
 * Which control a field gets, from its schema annotations and the case facts of the task:
 * `x-icj-from` fields are read-only and show the case's value (of the person the field concerns),
 * `x-icj-person` fields pick a person by name, and the root one is fixed when the task concerns a
 * person. `schema` is the field's resolved node, `value` the whole form.
 */
export function fieldMode(schema: JsonSchema, pointer: string, root: JsonSchema, value: FormValue, facts: TaskForm | undefined): FieldMode {
  const ref = schema['x-icj-from'];
  if (typeof ref === 'string') {
    const personId = factPersonId(root, value, pointer, facts?.taskPersonId ?? null);
    return { kind: 'known-fact', ref, fact: knownFactValue(ref, facts, personId), computedOnActDay: isComputedOnActDay(ref) };
  }
  const roles = schema['x-icj-person'];
  if (!Array.isArray(roles)) return { kind: 'input' };
  const segments = pointerSegments(pointer);
  const taskPersonId = facts?.taskPersonId;
  if (taskPersonId && segments.length === 1 && segments[0] === personFieldOf(root, root)) {
    return { kind: 'task-person', personId: taskPersonId, person: facts.persons.find((p) => p.id === taskPersonId) };
  }
  return { kind: 'person-picker', choices: personChoices(roles, facts?.persons ?? []) };
}
