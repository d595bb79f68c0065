import type { Person } from '../api/api-types';

/** The procedural roles a person holds now (spans not ended), else the role they were registered with. */
export function currentRoles(person: Pick<Person, 'role' | 'roles'>): string[] {
  const now = (person.roles ?? []).filter((span) => span.until === undefined || span.until === null).map((span) => span.role);
  return now.length > 0 ? [...new Set(now)] : [person.role];
}
