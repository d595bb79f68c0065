import { personOf } from '../case-facts';
import type { ActInput } from '../act-input';
import type { CaseRefusal } from '../case-refusal';
import { concerns } from '../fact-ref';
import type { ActShape, Precondition } from '../schema-annotations';

/**
 * Procedural preconditions from the code, declared on each record schema (`x-icj-requires`) with
 * their article: no decision on a measure without a motion (CPC 106, 114), no charge before the
 * case is opened (CPC 240), no indictment before a charge (CPC 250), ...
 */
export function preconditions(input: ActInput, shape: ActShape): CaseRefusal[] {
  const personField = shape.persons.find((p) => p.path.length === 1)?.path[0];
  const personId = (personField ? input.data[personField] : undefined) ?? input.taskPersonId;
  const out: CaseRefusal[] = [];
  for (const rule of shape.requires) {
    if (holds(rule, input, typeof personId === 'string' ? personId : null)) continue;
    out.push({
      path: '', code: 'precondition', message: `${describe(rule)} must be on record first (${rule.basis})`,
      params: { requires: rule.record ?? rule.fact, where: rule.where ?? null, basis: rule.basis },
    });
  }
  return out;
}

function holds(rule: Precondition, input: ActInput, personId: string | null): boolean {
  // A person of no case is refused by person-in-case already; saying it twice helps nobody.
  if (rule.fact === 'person.detainedAt') return personId !== null && !personOf(input.facts, personId) ? true : Boolean(personOf(input.facts, personId)?.detainedAt);
  if (rule.fact) throw new Error(`unknown precondition fact ${rule.fact}`);
  return input.facts.acts.some((act) => act.recordType === rule.record
    && (!rule.samePerson || !personId || concerns(act, personId))
    && Object.entries(rule.where ?? {}).every(([k, v]) => act.data[k] === v));
}

function describe(rule: Precondition): string {
  if (rule.fact) return `the fact ${rule.fact}`;
  const where = Object.entries(rule.where ?? {}).map(([k, v]) => `${k} = ${String(v)}`).join(', ');
  return `a ${rule.record} record${where ? ` with ${where}` : ''}${rule.samePerson ? ' for this person' : ''}`;
}
