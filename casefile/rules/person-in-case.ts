import { currentRoles, personOf } from '../case-facts';
import type { ActInput } from '../act-input';
import type { CaseRefusal } from '../case-refusal';
import { fieldsAt, type ActShape } from '../schema-annotations';

/**
 * A record names persons of its own case only, each holding a role the act concerns (the suspect
 * being detained, not the victim), and a task about one person records that person (CPC 5(31):
 * the register holds the participants; an act about another person is another act).
 */
export function personInCase(input: ActInput, shape: ActShape): CaseRefusal[] {
  const out: CaseRefusal[] = [];
  for (const { path, roles } of shape.persons) {
    for (const field of fieldsAt(input.data, path)) {
      if (field.value === undefined) continue;
      const person = personOf(input.facts, field.value);
      if (!person) {
        out.push({ path: field.pointer, code: 'person-not-in-case', message: 'is not a person of this case', params: { value: field.value } });
        continue;
      }
      if (path.length === 1 && input.taskPersonId && person.id !== input.taskPersonId) {
        out.push({
          path: field.pointer, code: 'not-task-person', message: 'this task concerns another person of the case',
          params: { fact: 'task.personId', expected: input.taskPersonId },
        });
        continue;
      }
      const held = currentRoles(person);
      if (!held.some((r) => roles.includes(r))) {
        out.push({
          path: field.pointer, code: 'role-not-eligible',
          message: `the person is ${held.join(', ') || 'without a role'} in this case; this act concerns a ${roles.join(' or ')}`,
          params: { roles: held, eligible: roles },
        });
      }
    }
  }
  return out;
}
