import type { FormPerson, TaskForm } from '../api/api-types';

/** What a read-only field shows of a fact the case holds. */
export type KnownFact =
  | { status: 'known'; value: string | boolean }
  /** A fact of a person, and no person is chosen yet. */
  | { status: 'choose-person' }
  /** The case holds no such fact (a person never detained), or the server sent no case facts. */
  | { status: 'not-on-file' };

// null: not on file (a person without a date of birth has no age band)
const personFacts: Record<string, (p: FormPerson) => string | boolean | null> = {
  sex: (p) => p.sex,
  ageBand: (p) => p.ageBand,
  isChild: (p) => p.isChild,
  detainedAt: (p) => p.detainedAt,
};
const caseFacts: Record<string, (c: TaskForm['case']) => string> = {
  registerNumber: (c) => c.registerNumber,
  gravity: (c) => c.gravity,
  receivedAt: (c) => c.receivedAt,
};
// facts of the user recording the act: a prosecutor's rung of the extension ladder (CPC KR 162)
const actorFacts: Record<string, (a: TaskForm['actor']) => string | null> = {
  ladderAuthority: (a) => a.ladderAuthority,
};

/**
 * The value of an `x-icj-from` fact for the form: `person.*` of the person the field concerns
 * (see `factPersonId`), `case.*` of the case, `actor.*` of the user who records the act (the
 * deciding prosecutor's rung, from their office and rank). The age band and the child flag are the server's
 * preview for today; it recomputes them on the day of the act.
 */
export function knownFactValue(ref: string, facts: TaskForm | undefined, personId: string | null): KnownFact {
  const [scope, name = ''] = ref.split('.', 2) as [string, string?];
  if (!facts) return { status: 'not-on-file' };
  let value: string | boolean | null | undefined;
  if (scope === 'person' && Object.hasOwn(personFacts, name)) {
    if (!personId) return { status: 'choose-person' };
    const person = facts.persons.find((p) => p.id === personId);
    value = person && personFacts[name]!(person);
  } else if (scope === 'case' && Object.hasOwn(caseFacts, name)) {
    value = caseFacts[name]!(facts.case);
  } else if (scope === 'actor' && Object.hasOwn(actorFacts, name)) {
    // an older server sends no actor facts
    value = facts.actor ? actorFacts[name]!(facts.actor) : null;
  }
  return value === null || value === undefined ? { status: 'not-on-file' } : { status: 'known', value };
}

/** Facts the server computes on the day of the act (the form shows today's value as a preview). */
export function isComputedOnActDay(ref: string): boolean {
  return ref === 'person.ageBand' || ref === 'person.isChild';
}
