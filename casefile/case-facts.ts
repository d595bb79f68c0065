// The case file as the case invariants see it: plain JSON, no I/O, so that the API (built from
// PostgreSQL) and the workflow (carried in its state) hold the same shape and get the same answers.

/**
 * Procedural roles a person holds in a case over time (CPC 43 suspect, 45 accused, 46 defendant
 * once the case is before the court, convicted or acquitted by the verdict; 54-55 victim; 57 a
 * child's legal representative; 49-53 defence lawyer).
 */
export const participantRoles = [
  'suspect', 'accused', 'defendant', 'convicted', 'acquitted', 'victim', 'legal-representative', 'defence-lawyer',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** A role and the instant it began; a role that ended has `until`. */
export interface RoleSpan {
  role: ParticipantRole;
  since: string;
  until?: string;
}

/** What the invariants know of a person: statistics attributes, never a name. */
export interface PersonFacts {
  id: string;
  roles: RoleSpan[];
  sex: 'female' | 'male';
  /** yyyy-mm-dd; the age band and the child flag are computed from it on the day of each act. Null: unknown (a victim). */
  birthDate: string | null;
  /** Moment of actual detention (CPC 137(2)(5)), or null. */
  detainedAt: string | null;
}

/** A recorded act of the case, as the invariants read it. */
export interface ActFact {
  seq: number | null;
  recordType: string;
  data: Record<string, unknown>;
}

export interface CaseFacts {
  registerNumber: string;
  /** When the report reached the authority (CPC 145(1)). */
  receivedAt: string;
  /** When it was entered in the Unified Register (CPC 146). */
  registeredAt: string;
  gravity: string;
  persons: PersonFacts[];
  acts: ActFact[];
}

/** A person of the case, or undefined. */
export function personOf(facts: CaseFacts, personId: unknown): PersonFacts | undefined {
  return typeof personId === 'string' ? facts.persons.find((p) => p.id === personId) : undefined;
}

/** The roles a person holds now (spans without an end). */
export function currentRoles(person: PersonFacts): ParticipantRole[] {
  return person.roles.filter((r) => r.until === undefined).map((r) => r.role);
}
