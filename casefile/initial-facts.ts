import type { CaseFacts, ParticipantRole, PersonFacts } from './case-facts';

export interface RegisteredPerson {
  id: string;
  role: ParticipantRole;
  sex: PersonFacts['sex'];
  birthDate: string | null;
  detainedAt: string | null;
}

/** The case file at registration (CPC 146): the report, its facts, and the persons it names with their roles. */
export function initialFacts(c: { registerNumber: string; receivedAt: string; registeredAt: string; gravity: string }, persons: RegisteredPerson[]): CaseFacts {
  return {
    registerNumber: c.registerNumber, receivedAt: c.receivedAt, registeredAt: c.registeredAt, gravity: c.gravity,
    persons: persons.map((p) => ({
      id: p.id, roles: [{ role: p.role, since: c.registeredAt }], sex: p.sex, birthDate: p.birthDate, detainedAt: p.detainedAt,
    })),
    acts: [],
  };
}
