import { ajv } from './ajv';
import rulebookSchema from './rulebook/rulebook.schema.json';
import { rulebookData, workCalendar, findLimit } from './rulebook-data';
import type { Rulebook } from './rulebook-types';
import { toFieldErrors, type FieldError } from './record-schemas';

const validateRulebookShape = ajv.compile(rulebookSchema);

/** Checks a rulebook: its JSON Schema, unique ids, extension caps that exist. */
export function validateRulebook(candidate: unknown): FieldError[] {
  if (!validateRulebookShape(candidate)) return toFieldErrors(validateRulebookShape.errors ?? []);
  const rulebook = candidate as unknown as Rulebook;
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  rulebook.limits.forEach((l, i) => {
    if (ids.has(l.id)) errors.push({ path: `/limits/${i}/id`, message: `duplicate limit id ${l.id}`, code: 'duplicate' });
    ids.add(l.id);
  });
  rulebook.limits.forEach((l, i) => {
    const cap = l.extension?.capLimit;
    if (cap && !ids.has(cap)) errors.push({ path: `/limits/${i}/extension/capLimit`, message: `no limit ${cap}`, code: 'unknownLimit' });
  });
  return errors;
}

// The shipped rulebook must be valid before anything computes a deadline with it.
const problems = validateRulebook(rulebookData);
if (problems.length > 0) {
  throw new Error(`law/rulebook/rulebook.json is invalid:\n${problems.map((p) => ` - ${p.path} ${p.message}`).join('\n')}`);
}

export { rulebookData as rulebook, workCalendar, findLimit };
