import { validateRecord, type FieldError } from '../law/record-schemas';
import type { ActInput } from './act-input';
import { checkAct } from './check-act';
import { fillKnownFacts } from './fill-known-facts';
import { personInCase } from './rules/person-in-case';
import { actShape } from './schema-annotations';

/**
 * An act as a client sent it, made ready to record: the facts the case holds filled in, then the
 * record's JSON Schema, then the case invariants. What the API and `icj simulate` do before the
 * update; the workflow's validator runs the invariants again on the same data.
 */
export function prepareAct(input: ActInput): { data: Record<string, unknown>; schemaErrors: FieldError[]; refusals: FieldError[] } {
  const data = fillKnownFacts(input);
  // A person of no case has no facts to fill in: say that, not that their sex is missing.
  const strangers = personInCase({ ...input, data }, actShape(input.recordType));
  if (strangers.length > 0) return { data, schemaErrors: [], refusals: strangers };
  const schemaErrors = validateRecord(input.recordType, data);
  // Invariants read typed values: on data the schema refuses they would only add noise.
  const refusals = schemaErrors.length > 0 ? [] : checkAct({ ...input, data });
  return { data, schemaErrors, refusals };
}
