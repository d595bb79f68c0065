import type { ActInput } from './act-input';
import { refContext } from './act-input';
import { resolveRef } from './fact-ref';
import { actShape, fieldsAt } from './schema-annotations';

/**
 * Fills in what the case already knows, so that no form asks for it again: the task's person, and
 * every `x-icj-from` field left out (sex, age band and child flag on the day of the act, the
 * registered moment of detention, the gravity, the register number). A value given is kept, for
 * the invariants to compare.
 */
export function fillKnownFacts(input: ActInput): Record<string, unknown> {
  const shape = actShape(input.recordType);
  const data = JSON.parse(JSON.stringify(input.data)) as Record<string, unknown>;
  const rootPerson = shape.persons.find((p) => p.path.length === 1)?.path[0];
  if (rootPerson && data[rootPerson] === undefined && input.taskPersonId) data[rootPerson] = input.taskPersonId;
  const filled = { ...input, data };
  for (const { path, ref } of shape.from) {
    for (const field of fieldsAt(data, path)) {
      if (field.value !== undefined) continue;
      const value = resolveRef(ref, refContext(filled, shape, path, field));
      if (value !== undefined) field.parent[path[path.length - 1]] = value;
    }
  }
  return data;
}
