import { toBishkekIso } from '../../law/bishkek-time';
import type { ActInput } from '../act-input';
import { refContext } from '../act-input';
import type { CaseRefusal } from '../case-refusal';
import { resolveRef } from '../fact-ref';
import { fieldsAt, type ActShape } from '../schema-annotations';

/**
 * Time runs one way: no act before the report was received (CPC 145(1)) or before the detention it
 * concerns (CPC 97), no receipt before its sending, no decision before its motion. Each field
 * lists the instants it may not precede (`x-icj-after`); a date is compared with the Bishkek day.
 */
export function timeOrder(input: ActInput, shape: ActShape): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  for (const { path, refs } of shape.after) {
    const format = shape.instants.find((i) => i.path.join('/') === path.join('/'))?.format ?? 'date-time';
    for (const field of fieldsAt(input.data, path)) {
      if (typeof field.value !== 'string') continue;
      for (const ref of refs) {
        const bound = resolveRef(ref, refContext(input, shape, path, field));
        if (typeof bound !== 'string' || Number.isNaN(Date.parse(bound))) continue;
        if (!precedes(field.value, bound, format)) continue;
        out.push({
          path: field.pointer, code: 'before-fact', message: `is before ${ref} (${bound})`, params: { fact: ref, expected: bound },
        });
        break;
      }
    }
  }
  return out;
}

function precedes(value: string, bound: string, format: 'date' | 'date-time'): boolean {
  // A day is compared with a day: a date, or a bound that is a date, by the Bishkek calendar.
  if (format === 'date' || bound.length === 10) return bishkekDay(value) < bishkekDay(bound);
  const [v, b] = [Date.parse(value), Date.parse(bound)];
  return !Number.isNaN(v) && v < b;
}

/** The Bishkek calendar day (yyyy-mm-dd) of an instant or a date. */
export function bishkekDay(instantOrDate: string): string {
  return instantOrDate.length === 10 ? instantOrDate : toBishkekIso(instantOrDate).slice(0, 10);
}
