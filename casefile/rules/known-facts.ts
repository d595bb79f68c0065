import type { ActInput } from '../act-input';
import { refContext } from '../act-input';
import type { CaseRefusal } from '../case-refusal';
import { resolveRef } from '../fact-ref';
import { fieldsAt, type ActShape } from '../schema-annotations';

/**
 * Facts the case already holds (the person's sex and age on the day of the act, the registered
 * moment of detention, the gravity, the register number) cannot be contradicted by a later record:
 * a different value is a correction of the record that holds it (an amendment), not a new fact.
 */
export function knownFacts(input: ActInput, shape: ActShape): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  for (const { path, ref } of shape.from) {
    for (const field of fieldsAt(input.data, path)) {
      if (field.value === undefined) continue;
      const expected = resolveRef(ref, refContext(input, shape, path, field));
      if (expected === undefined || same(field.value, expected)) continue;
      out.push({
        path: field.pointer, code: 'contradicts-case', message: `contradicts the case: ${ref} is ${String(expected)}`,
        params: { fact: ref, expected },
      });
    }
  }
  return out;
}

/** Equal values; instants are equal when they name the same moment, whatever their offset. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'string' && typeof b === 'string' && a.includes('T') && b.includes('T')) {
    const [x, y] = [Date.parse(a), Date.parse(b)];
    return !Number.isNaN(x) && x === y;
  }
  return false;
}
