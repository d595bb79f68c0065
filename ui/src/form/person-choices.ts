import type { FormPerson } from '../api/api-types';

/**
 * The persons a person field offers: those of the case currently holding one of the roles its
 * schema names (`x-icj-person`), in the server's order. A field naming no roles offers nobody:
 * the schema, not the form, says who an act may concern.
 */
export function personChoices(eligibleRoles: readonly string[] | undefined, persons: readonly FormPerson[]): FormPerson[] {
  if (!eligibleRoles || eligibleRoles.length === 0) return [];
  return persons.filter((p) => p.roles.some((role) => eligibleRoles.includes(role)));
}
