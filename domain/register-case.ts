import { capabilitiesOf } from '../org/roles';
import { actorOf } from './actor';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { validateRecord, type FieldError } from '../law/record-schemas';
import { isChildAt } from '../law/child-age';
import { initialFacts } from '../casefile/initial-facts';
import { procedureWorkflow } from '../workflows';
import type { ProcedureWorkflowInput } from '../workflows/procedure-definitions';
import { CASE_PROCEDURE_KEY, latestProcedure } from './procedures';
import { registerNumberKey, stageKey, unitKey } from '../workflows/search-attributes';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError } from './errors';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { bishkekYear } from '../law/bishkek-time';
import { personLabel } from './person-label';
import { sealPersonRows, sealedChanges } from '../privacy/person-columns';
import type { RegisteredCase } from './views';
import type { CaseVariable } from '../bpmn/case-variables';

interface Suspect {
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: 'female' | 'male';
  detained: boolean;
  detainedAt?: string;
  detentionPlace?: string;
  citizenship?: string;
}

interface Victim {
  lastName: string;
  firstName: string;
  birthDate?: string;
  sex: 'female' | 'male';
  relationshipToSuspect: string;
  citizenship?: string;
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
  victims?: Victim[];
}

/**
 * Registers a crime report in the Unified Register of Crimes (CPC KR 144-147): validates it,
 * numbers it (CPC 146) in the same transaction that stores the case and its persons (suspects and
 * victims), and starts the case workflow, whose first activity writes the registration record.
 * Invalid input writes nothing and takes no number.
 */
export async function registerCase(deps: DomainDeps, user: SessionUser, body: unknown): Promise<RegisteredCase> {
  if (!capabilitiesOf(user.role).registerCase) {
    throw new ForbiddenError(`the role ${user.role} does not register reports`, 'role-cannot-register');
  }
  const errors = validateRecord('report-registration', body);
  if (errors.length > 0) throw new InputError('The report registration is invalid', errors);
  const registration = body as Registration;
  const now = deps.clock();
  const factErrors = checkFacts(registration, now, deps.clockSkewMs);
  if (factErrors.length > 0) throw new InputError('The report registration is invalid', factErrors);

  const id = randomUUID();
  return deps.db.transaction(async (trx) => {
    const unit = await trx('units').where({ id: user.unitId }).first('code', 'kind');
    // CPC 145-146: a report is registered by the body of inquiry or investigation.
    if (unit.kind !== 'investigative-unit') throw new ForbiddenError('Reports are registered by an investigative unit', 'register-investigative-unit');
    // CPC 100: a detainee is held in the facility of the unit's territory (org unit_relations).
    const facility = await trx('unit_relations').where({ unit_id: user.unitId, kind: 'facility' }).first('related_unit_id');
    const registerNumber = await nextRegisterNumber(trx, unit.code, bishkekYear(now));
    const workflowId = `case-${registerNumber}`;
    await trx('cases').insert({
      id, register_number: registerNumber, workflow_id: workflowId, unit_id: user.unitId, status: 'open', stage: 'registered',
      // The summary is sealed with the case's key below, once the case row (its key's owner) exists.
      source: registration.source, summary: '', crime_article: registration.crimeArticle,
      gravity: registration.gravity, region: registration.region, received_at: registration.receivedAt,
      registered_by: user.id, registered_at: now,
    });
    const suspects = registration.suspects.map((s) => ({
      personId: randomUUID(),
      label: personLabel(s.lastName, s.firstName),
      // Child status is fixed at the moment that matters: detention, else registration.
      isChild: isChildAt(s.birthDate, s.detained && s.detainedAt ? s.detainedAt : now.toISOString()),
      detainedAt: s.detained && s.detainedAt ? new Date(s.detainedAt).toISOString() : null,
      row: s,
    }));
    const victims = (registration.victims ?? []).map((v) => ({ personId: randomUUID(), row: v }));
    const rows = [
      ...suspects.map((p) => ({
        id: p.personId, role: 'suspect', last_name: p.row.lastName, first_name: p.row.firstName, birth_date: p.row.birthDate, sex: p.row.sex,
        is_child: p.isChild, detained_at: p.detainedAt, detention_place: p.row.detentionPlace ?? null, citizenship: p.row.citizenship ?? null,
        held_in_unit_id: p.detainedAt ? facility?.related_unit_id ?? null : null,
        relationship_to_suspect: null,
      })),
      ...victims.map((v) => ({
        id: v.personId, role: 'victim', last_name: v.row.lastName, first_name: v.row.firstName, birth_date: v.row.birthDate ?? null, sex: v.row.sex,
        is_child: v.row.birthDate ? isChildAt(v.row.birthDate, now.toISOString()) : false, detained_at: null, detention_place: null,
        citizenship: v.row.citizenship ?? null, relationship_to_suspect: v.row.relationshipToSuspect, held_in_unit_id: null,
      })),
    ];
    await trx('cases').where({ id }).update(await sealedChanges(trx, id, { id, subject: 'case' }, { summary: registration.summary }));
    if (rows.length > 0) await trx('persons').insert(await sealPersonRows(trx, id, rows.map((r, i) => ({ ...r, case_id: id, ordinal: i + 1 }))));
    // New cases follow the latest deployed version of the procedure; it stays pinned to the case.
    const procedure = await latestProcedure(trx, CASE_PROCEDURE_KEY);
    await trx('cases').where({ id }).update({ procedure_key: CASE_PROCEDURE_KEY, procedure_version: procedure.version });
    const detained = suspects.filter((p) => p.detainedAt !== null)
      .map(({ personId, label, isChild, detainedAt }) => ({ personId, label, isChild, detainedAt }));
    const caseFacts = initialFacts(
      { registerNumber, receivedAt: new Date(registration.receivedAt).toISOString(), registeredAt: now.toISOString(), gravity: registration.gravity },
      rows.map((r) => ({ id: r.id, role: r.role as 'suspect' | 'victim', sex: r.sex, birthDate: r.birth_date, detainedAt: r.detained_at })),
    );
    const input: ProcedureWorkflowInput = {
      caseId: id, registerNumber, unitId: user.unitId,
      procedure: { key: CASE_PROCEDURE_KEY, version: procedure.version },
      model: procedure.model, scopeId: procedure.model.main,
      // Case variables the diagram's conditions and timers read: facts and each detained person's short label, no more.
      vars: {
        gravity: registration.gravity, crimeArticle: registration.crimeArticle, region: registration.region, detained,
        // CPC 153(3): the check runs from registration in the Unified Register.
        registeredAt: now.toISOString(),
      } satisfies Partial<Record<CaseVariable, unknown>>,
      actor: actorOf(user),
      firstRecord: { recordType: 'report-registration', data: registration as unknown as Record<string, unknown> },
      parent: null, state: null, continueAsNewEvery: null, caseFacts, clockSkewMs: deps.clockSkewMs,
    };
    // Started inside the transaction: if the start fails, nothing is written and no number is
    // taken. The workflow's first activity waits (retries) until this transaction's rows are visible.
    try {
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
    } catch (e) {
      // Temporal already holds a case of this number while PostgreSQL's register counter does not
      // (a database restored without its Temporal, or two databases on one namespace): say so.
      if (e instanceof WorkflowExecutionAlreadyStartedError) {
        throw new ConflictError(`Temporal already holds a case numbered ${registerNumber}: the register counter of ${unit.code} is behind Temporal (an administrator must set it past the numbers taken)`, 'register-number-taken');
      }
      throw e;
    }
    return { id, registerNumber, workflowId, status: 'open' as const };
  });
}

/**
 * The next entry number of a unit's register for the year (CPC 146: numbered automatically),
 * taken inside the registering transaction: a registration that fails gives its number back.
 */
async function nextRegisterNumber(trx: Knex.Transaction, unitCode: string, year: number): Promise<string> {
  const { rows } = await trx.raw(
    `insert into register_counters (unit_code, year, value) values (?, ?, 1)
     on conflict (unit_code, year) do update set value = register_counters.value + 1 returning value`,
    [unitCode, year],
  );
  return `${unitCode}-${year}-${String(rows[0].value).padStart(6, '0')}`;
}

/** Facts a schema cannot check: nothing happens in the future, nobody is detained before birth. */
function checkFacts(r: Registration, now: Date, clockSkewMs: number): FieldError[] {
  const errors: FieldError[] = [];
  const latest = now.getTime() + clockSkewMs;
  const future = (path: string) => errors.push({ path, message: 'cannot be in the future', code: 'in-future', params: { fact: 'now', expected: now.toISOString() } });
  if (Date.parse(r.receivedAt) > latest) future('/receivedAt');
  r.suspects.forEach((s, i) => {
    if (Date.parse(s.birthDate) > now.getTime()) future(`/suspects/${i}/birthDate`);
    if (!s.detained && s.detainedAt) errors.push({ path: `/suspects/${i}/detainedAt`, message: 'is given but the person is not marked as detained', code: 'notDetained' });
    if (s.detained && s.detainedAt) {
      const at = Date.parse(s.detainedAt);
      if (at > latest) future(`/suspects/${i}/detainedAt`);
      if (at < Date.parse(s.birthDate)) errors.push({ path: `/suspects/${i}/detainedAt`, message: 'is before the date of birth', code: 'before-fact', params: { fact: 'birthDate', expected: s.birthDate } });
    }
  });
  (r.victims ?? []).forEach((v, i) => {
    if (v.birthDate && Date.parse(v.birthDate) > now.getTime()) future(`/victims/${i}/birthDate`);
  });
  return errors;
}
