import type { ActInput } from '../act-input';
import type { CaseRefusal } from '../case-refusal';
import { fieldsAt, type ActShape } from '../schema-annotations';
import { bishkekDay } from './time-order';

/**
 * A record states what happened: its instants are not in the future beyond the configured clock
 * skew, and its dates not after today in Bishkek. Planned instants (a hearing, the end of a term)
 * are marked `x-icj-future` in the schema.
 */
export function notInFuture(input: ActInput, shape: ActShape): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  const latest = input.now + input.clockSkewMs;
  const today = bishkekDay(new Date(latest).toISOString());
  for (const { path, format, future } of shape.instants) {
    if (future) continue;
    for (const field of fieldsAt(input.data, path)) {
      if (typeof field.value !== 'string') continue;
      const late = format === 'date' ? field.value > today : Date.parse(field.value) > latest;
      if (late) {
        out.push({
          path: field.pointer, code: 'in-future', message: 'cannot be in the future',
          params: { fact: 'now', expected: new Date(input.now).toISOString() },
        });
      }
    }
  }
  return out;
}
