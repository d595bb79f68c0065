import type { CaseFacts } from './case-facts';
import { personOf } from './case-facts';
import type { RefContext } from './fact-ref';
import { personFieldBeside, type ActShape, type FieldAt, type FieldPath } from './schema-annotations';

/** An act about to be recorded, with what the case invariants check it against. */
export interface ActInput {
  recordType: string;
  data: Record<string, unknown>;
  /** The person the task is about (a detained suspect's instance), or null. */
  taskPersonId: string | null;
  facts: CaseFacts;
  /** Instant of the check (the API's clock, or the workflow's). */
  now: number;
  /** How far in the future an instant may lie (clocks of devices differ). */
  clockSkewMs: number;
  /** Who records the act, for the facts that are theirs (`actor.ladderAuthority`: a prosecutor's rung, CPC KR 162). */
  actor?: ActorFacts | null;
}

export interface ActorFacts {
  ladderAuthority?: string | null;
}

/** The instant dating the act: its `x-icj-at` field when valid, else the moment of the check. */
export function actInstant(input: ActInput, shape: ActShape): string {
  const value = shape.at ? input.data[shape.at] : undefined;
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : new Date(input.now).toISOString();
}

/** The fact context of a field: its object, and the person named beside it (else the act's person). */
export function refContext(input: ActInput, shape: ActShape, path: FieldPath, field: FieldAt): RefContext {
  const beside = personFieldBeside(shape, path);
  const rootPerson = shape.persons.find((p) => p.path.length === 1)?.path[0];
  const personId = beside ? field.parent[beside] : rootPerson ? input.data[rootPerson] : input.taskPersonId;
  return { facts: input.facts, parent: field.parent, person: personOf(input.facts, personId ?? input.taskPersonId), actAt: actInstant(input, shape), actor: input.actor ?? null };
}
