import type { ActInput } from './act-input';
import type { CaseRefusal } from './case-refusal';
import { knownFacts } from './rules/known-facts';
import { notInFuture } from './rules/not-in-future';
import { personInCase } from './rules/person-in-case';
import { preconditions } from './rules/preconditions';
import { timeOrder } from './rules/time-order';
import { actShape } from './schema-annotations';

const rules = [personInCase, knownFacts, timeOrder, notInFuture, preconditions];

/**
 * The case invariants of one act: who may take part, facts that must equal the case's, time order,
 * nothing in the future, procedural preconditions. Pure: the API runs it before sending the update
 * and the workflow's update validator runs it again, so every client gets the same answer.
 */
export function checkAct(input: ActInput): CaseRefusal[] {
  const shape = actShape(input.recordType);
  return rules.flatMap((rule) => rule(input, shape));
}
