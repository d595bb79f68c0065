import { capabilitiesOf } from '../org/roles';
import { assertPersonalDataKept } from './personal-data-kept';
import { actorOf } from './actor';
import { randomUUID } from 'node:crypto';
import { prepareAct } from '../casefile/prepare-act';
import { loadCaseFacts } from '../db/case-facts-repo';
import { storableTextErrors, type FieldError } from '../law/record-schemas';
import { addParticipantUpdate } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import { requireVisibleCase } from './case-queries';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError, NotFoundError } from './errors';
import { toDomainError } from './update-failure';


/**
 * A person joins a running case (a victim recognised, a child's legal representative, a defence
 * lawyer, a further suspect): a recorded act of the case's workflow (`participant-added`), whose
 * record holds what statistics need; the name goes to the persons row only. Registered once: the
 * register assigns the person's id.
 */
export async function addParticipant(deps: DomainDeps, user: SessionUser, caseId: string, body: unknown): Promise<RecordStepResult & { personId: string }> {
  const kase = await requireVisibleCase(deps, user, caseId);
  if (!capabilitiesOf(user.role).editCaseFile) throw new ForbiddenError(`the role ${user.role} does not add participants`, 'role-cannot-add-participant');
  const { lastName, firstName, ...rest } = (body ?? {}) as Record<string, unknown>;
  const nameErrors: FieldError[] = [
    ...(typeof lastName === 'string' && lastName.trim() && lastName.length <= 100 ? [] : [{ path: '/lastName', message: 'is required (1-100 characters)', code: 'required' }]),
    ...(typeof firstName === 'string' && firstName.trim() && firstName.length <= 100 ? [] : [{ path: '/firstName', message: 'is required (1-100 characters)', code: 'required' }]),
    ...storableTextErrors({ lastName, firstName }),
  ];
  await assertPersonalDataKept(deps.db, caseId);
  const personId = randomUUID();
  const facts = await loadCaseFacts(deps.db, caseId);
  if (!facts) throw new NotFoundError('No such case', 'not-found');
  const { data, schemaErrors, refusals } = prepareAct({
    recordType: 'participant-added', data: { ...rest, personId }, taskPersonId: null, facts, now: deps.clock().getTime(), clockSkewMs: deps.clockSkewMs,
  });
  if (nameErrors.length > 0 || schemaErrors.length > 0) throw new InputError('The participant is invalid', [...nameErrors, ...schemaErrors]);
  if (refusals.length > 0) throw new InputError('The participant contradicts the case', refusals, 422, 'case-invariant');
  try {
    const result = await deps.temporal.workflow.getHandle(kase.workflow_id).executeUpdate(addParticipantUpdate, {
      args: [{ data, identity: { lastName: String(lastName), firstName: String(firstName) }, actor: actorOf(user) }],
    });
    return { ...result, personId };
  } catch (e) {
    throw toDomainError(e);
  }
}
