import { randomUUID } from 'node:crypto';
import { validateRecord, type FieldError } from '../law/record-schemas';
import { isChildAt } from '../law/child-age';
import { procedureWorkflow } from '../workflows';
import type { ProcedureWorkflowInput } from '../workflows/procedure-definitions';
import { CASE_PROCEDURE_KEY, latestProcedure } from './procedures';
import { registerNumberKey, stageKey, unitKey } from '../workflows/search-attributes';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError } from './errors';
import { bishkekYear } from '../law/bishkek-time';
import { personLabel } from './person-label';
import type { RegisteredCase } from './views';

interface Suspect {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string;
  detained: boolean;
  detainedAt?: string;
  detentionPlace?: string;
}

interface Registration {
  receivedAt: string;
  source: string;
  summary: string;
  crimeArticle: string;
  gravity: string;
  region: string;
  place?: string;
  suspects: Suspect[];
}


const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Registers a crime report in the Unified Register of Crimes (CPC KR 144-147): validates it,
 * numbers it (CPC 146), stores the case and its persons, and starts the case workflow, whose
 * first activity writes the registration record. Invalid input writes nothing.
 */
export async function registerCase(deps: DomainDeps, user: SessionUser, body: unknown): Promise<RegisteredCase> {
  if (!['officer', 'supervisor', 'admin'].includes(user.role)) {
    throw new ForbiddenError(`the role ${user.role} does not register reports`);
  }
  const errors = validateRecord('report-registration', body);
  if (errors.length > 0) throw new InputError('The report registration is invalid', errors);
  const registration = body as Registration;
  const now = deps.clock();
  const factErrors = checkFacts(registration, now);
  if (factErrors.length > 0) throw new InputError('The report registration is invalid', factErrors);

  const id = randomUUID();
  return deps.db.transaction(async (trx) => {
    const unit = await trx('units').where({ id: user.unitId }).first('code');
    const { nextval } = await trx.select(trx.raw(`nextval('register_number_seq')::int as nextval`)).first();
    const registerNumber = `${unit.code}-${bishkekYear(now)}-${String(nextval).padStart(6, '0')}`;
    const workflowId = `case-${registerNumber}`;
    await trx('cases').insert({
      id, register_number: registerNumber, workflow_id: workflowId, unit_id: user.unitId, status: 'open', stage: 'registered',
      source: registration.source, summary: registration.summary, crime_article: registration.crimeArticle,
      gravity: registration.gravity, region: registration.region, received_at: registration.receivedAt,
      registered_by: user.id, registered_at: now,
    });
    const persons = registration.suspects.map((s, i) => ({
      personId: randomUUID(),
      label: personLabel(s.lastName, s.firstName),
      // Child status is fixed at the moment that matters: detention, else registration.
      isChild: isChildAt(s.birthDate, s.detained && s.detainedAt ? s.detainedAt : now.toISOString()),
      detainedAt: s.detained && s.detainedAt ? new Date(s.detainedAt).toISOString() : null,
      row: s,
      ordinal: i + 1,
    }));
    if (persons.length > 0) {
      await trx('persons').insert(persons.map((p) => ({
        id: p.personId, case_id: id, role: 'suspect', last_name: p.row.lastName, first_name: p.row.firstName,
        birth_date: p.row.birthDate, sex: p.row.sex, is_child: p.isChild, detained_at: p.detainedAt,
        detention_place: p.row.detentionPlace ?? null, ordinal: p.ordinal,
      })));
    }
    // New cases follow the latest deployed version of the procedure; it stays pinned to the case.
    const procedure = await latestProcedure(trx, CASE_PROCEDURE_KEY);
    await trx('cases').where({ id }).update({ procedure_key: CASE_PROCEDURE_KEY, procedure_version: procedure.version });
    const detained = persons.filter((p) => p.detainedAt !== null)
      .map(({ personId, label, isChild, detainedAt }) => ({ personId, label, isChild, detainedAt }));
    const input: ProcedureWorkflowInput = {
      caseId: id, registerNumber, unitId: user.unitId,
      procedure: { key: CASE_PROCEDURE_KEY, version: procedure.version },
      model: procedure.model, scopeId: procedure.model.main,
      // Case variables the diagram's conditions and timers read: facts and each detained person's short label, no more.
      vars: {
        gravity: registration.gravity, crimeArticle: registration.crimeArticle, region: registration.region, detained,
        // CPC 153(3): the check runs from registration in the Unified Register.
        registeredAt: now.toISOString(),
      },
      actor: { userId: user.id, username: user.username, role: user.role, unitId: user.unitId },
      firstRecord: { recordType: 'report-registration', data: registration as unknown as Record<string, unknown> },
      parent: null, state: null, continueAsNewEvery: null,
    };
    // Started inside the transaction: if the start fails, nothing is written. The workflow's first
    // activity waits (retries) until this transaction's rows are visible.
    await deps.temporal.workflow.start(procedureWorkflow, {
      taskQueue: deps.taskQueue,
      workflowId,
      args: [input],
      typedSearchAttributes: [
        { key: registerNumberKey, value: registerNumber },
        { key: stageKey, value: 'registered' },
        { key: unitKey, value: unit.code },
      ],
    });
    return { id, registerNumber, workflowId, status: 'open' as const };
  });
}

/** Facts a schema cannot check: nothing happens in the future, nobody is detained before birth. */
function checkFacts(r: Registration, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const latest = now.getTime() + CLOCK_SKEW_MS;
  if (Date.parse(r.receivedAt) > latest) errors.push({ path: '/receivedAt', message: 'cannot be in the future', code: 'future' });
  r.suspects.forEach((s, i) => {
    if (Date.parse(s.birthDate) > now.getTime()) errors.push({ path: `/suspects/${i}/birthDate`, message: 'cannot be in the future', code: 'future' });
    if (!s.detained && s.detainedAt) errors.push({ path: `/suspects/${i}/detainedAt`, message: 'is given but the person is not marked as detained', code: 'notDetained' });
    if (s.detained && s.detainedAt) {
      const at = Date.parse(s.detainedAt);
      if (at > latest) errors.push({ path: `/suspects/${i}/detainedAt`, message: 'cannot be in the future', code: 'future' });
      if (at < Date.parse(s.birthDate)) errors.push({ path: `/suspects/${i}/detainedAt`, message: 'is before the date of birth', code: 'beforeBirth' });
    }
  });
  return errors;
}
