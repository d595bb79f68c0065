import { capabilitiesOf } from '../org/roles';
import { assertPersonalDataKept } from './personal-data-kept';
import { actorOf } from './actor';
import { randomUUID } from 'node:crypto';
import { checkAct } from '../casefile/check-act';
import { matchesPath, valueAt, withValueAt } from '../casefile/json-pointer';
import { same } from '../casefile/rules/known-facts';
import { actShape } from '../casefile/schema-annotations';
import type { PersonFacts } from '../casefile/case-facts';
import { loadCaseFacts } from '../db/case-facts-repo';
import { validateRecord, type FieldError } from '../law/record-schemas';
import { amendmentRecordedSignal, correctRecordUpdate } from '../workflows/definitions';
import type { RecordStepResult } from '../activities/types';
import { requireVisibleCase } from './case-queries';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError } from './errors';
import { toDomainError } from './update-failure';

export interface CorrectionInput {
  correctsSeq: number;
  path: string;
  value: unknown;
  reason: string;
}


/**
 * Corrects a field of a recorded act (CPC 146: the register is never edited): an amendment record
 * naming the record, field, old and new value and reason is appended to the chain by the workflow
 * holding the fact. The corrected record must still pass its schema and the case invariants. A
 * moment of detention anchors the liberty clocks: only a supervisor corrects it, the person's
 * instance re-arms them at once and the board shows it.
 */
export async function correctRecord(deps: DomainDeps, user: SessionUser, caseId: string, body: unknown): Promise<RecordStepResult> {
  const kase = await requireVisibleCase(deps, user, caseId);
  if (!capabilitiesOf(user.role).editCaseFile) throw new ForbiddenError(`the role ${user.role} does not correct records`, 'role-cannot-correct');
  const input = body as Partial<CorrectionInput> | null;
  if (!input || typeof input !== 'object' || !Number.isInteger(input.correctsSeq) || typeof input.path !== 'string' || !('value' in input)) {
    throw new InputError('The body must be {"correctsSeq": n, "path": "/field", "value": ..., "reason": "..."}', [
      { path: '', message: 'correctsSeq, path, value and reason are required', code: 'required' },
    ], 400);
  }
  const facts = await loadCaseFacts(deps.db, caseId);
  const target = facts?.acts.find((a) => a.seq === input.correctsSeq);
  if (!facts || !target) throw new InputError('No such record in this case', [{ path: '/correctsSeq', message: 'is no record of this case', code: 'record-not-found' }]);
  if (target.recordType === 'amendment') {
    throw new InputError('A correction is not corrected; correct the record itself', [{ path: '/correctsSeq', message: 'is a correction', code: 'correction-of-correction' }]);
  }
  if (!/^(\/[A-Za-z0-9_-]+)+$/.test(input.path)) throw new InputError('Choose a field of the record', [{ path: '/path', message: 'is no field of the record', code: 'field-not-found' }]);
  const { fact, personId } = factOf(target.recordType, input.path, target.data, facts.persons.filter((p) => p.roles[0]?.since === facts.registeredAt));
  await assertPersonalDataKept(deps.db, caseId, [personId, typeof target.data.personId === 'string' ? target.data.personId : null]);
  // Who may correct comes first: an officer is told the moment of detention is not theirs to correct.
  const clock = actShape(target.recordType).clocks.some((p) => matchesPath(input.path as string, p));
  if (clock && !capabilitiesOf(user.role).correctClock) {
    throw new ForbiddenError('The moment of detention is corrected by a supervisor only', 'supervisor-corrects-clock');
  }
  const oldValue = valueAt(target.data, input.path);
  const at = (errors: FieldError[]) => errors.map((e) => (e.path === input.path ? { ...e, path: '/value' } : e));
  if (oldValue === undefined && input.value === null) throw new InputError('The value is unchanged', [{ path: '/value', message: 'is the value on record', code: 'unchanged' }]);
  const corrected = withValueAt(target.data, input.path, input.value);
  if (input.value !== null && valueAt(corrected, input.path) !== input.value) throw new InputError('No such field', [{ path: '/path', message: 'is no field of the record', code: 'field-not-found' }]);
  if (same(oldValue, input.value)) throw new InputError('The value is unchanged', [{ path: '/value', message: 'is the value on record', code: 'unchanged' }]);
  const schemaErrors = validateRecord(target.recordType, corrected);
  if (schemaErrors.length > 0) throw new InputError(`The corrected ${target.recordType} record is invalid`, at(schemaErrors));

  const now = deps.clock().getTime();
  const refusals = fact === 'person.detainedAt'
    ? (Date.parse(String(input.value)) > now + deps.clockSkewMs
      ? [{ path: '/value', message: 'cannot be in the future', code: 'in-future', params: { fact: 'now', expected: new Date(now).toISOString() } }]
      : [])
    : at(checkAct({ recordType: target.recordType, data: corrected, taskPersonId: null, facts, now, clockSkewMs: deps.clockSkewMs }))
      .filter((r) => r.path === '/value');
  if (refusals.length > 0) throw new InputError('The corrected value contradicts the case', refusals, 422, 'case-invariant');

  const data: Record<string, unknown> = {
    correctsSeq: target.seq, correctsRecordType: target.recordType, path: input.path, oldValue: oldValue ?? null, newValue: input.value,
    reason: input.reason, ...(fact ? { fact } : {}), ...(personId ? { personId } : {}),
  };
  const errors = validateRecord('amendment', data);
  if (errors.length > 0) throw new InputError('The correction is invalid', errors.map((e) => (e.path === '/newValue' ? { ...e, path: '/value' } : e)));

  const workflowId = fact === 'person.detainedAt' && personId ? await clockHolder(deps, caseId, personId, kase.workflow_id) : kase.workflow_id;
  try {
    const result = await deps.temporal.workflow.getHandle(workflowId).executeUpdate(correctRecordUpdate, {
      args: [{ correctionId: randomUUID(), data, actor: actorOf(user) }],
    });
    await tellOtherInstances(deps, caseId, [workflowId], kase.workflow_id, { seq: result.seq, data });
    return result;
  } catch (e) {
    throw toDomainError(e);
  }
}

/**
 * The case fact a field holds, if any: a person's moment of detention, sex, date of birth or name
 * (the registration's suspects and victims, in the order registered; a participant's record),
 * the report's receipt and gravity. A corrected fact is followed by the persons and case rows and by
 * the case file the invariants read.
 */
function factOf(recordType: string, path: string, data: Record<string, unknown>, registered: PersonFacts[]): { fact: string | null; personId: string | null } {
  const listed = /^\/(suspects|victims)\/(\d+)\/(detainedAt|sex|birthDate|lastName|firstName)$/.exec(path);
  if (recordType === 'report-registration' && listed) {
    const [, list, index, field] = listed;
    const ofList = registered.filter((p) => p.roles[0]?.role === (list === 'suspects' ? 'suspect' : 'victim'));
    return { fact: `person.${field}`, personId: ofList[Number(index)]?.id ?? null };
  }
  if (recordType === 'report-registration' && path === '/receivedAt') return { fact: 'case.receivedAt', personId: null };
  if (recordType === 'report-registration' && path === '/gravity') return { fact: 'case.gravity', personId: null };
  const own = /^\/(detainedAt|sex|birthDate)$/.exec(path);
  if (own && typeof data.personId === 'string' && (recordType === 'participant-added' || (recordType === 'detention-protocol' && own[1] === 'detainedAt'))) {
    return { fact: `person.${own[1]}`, personId: data.personId };
  }
  return { fact: null, personId: null };
}

/**
 * Every other running workflow of the case (its main one, each person's instance with open work)
 * folds the amendment into its case file, so the facts it fills in and checks are the corrected ones.
 */
async function tellOtherInstances(deps: DomainDeps, caseId: string, told: string[], caseWorkflowId: string, amendment: { seq: number; data: Record<string, unknown> }): Promise<void> {
  const rows: Array<{ workflow_id: string }> = await deps.db('tasks').where({ case_id: caseId, status: 'open' }).distinct('workflow_id');
  const others = [...new Set([caseWorkflowId, ...rows.map((r) => r.workflow_id)])].filter((w) => !told.includes(w));
  await Promise.all(others.map(async (w) => {
    try {
      await deps.temporal.workflow.getHandle(w).signal(amendmentRecordedSignal, amendment);
    } catch {
      // Finished: nothing of it runs on these facts any more.
    }
  }));
}

/** The workflow running a person's liberty clocks: their detention instance while it runs, else the case's. */
async function clockHolder(deps: DomainDeps, caseId: string, personId: string, caseWorkflowId: string): Promise<string> {
  const row = await deps.db('deadlines as d').join('tasks as t', 't.case_id', 'd.case_id')
    .where({ 'd.case_id': caseId, 'd.person_id': personId, 'd.status': 'running', 't.person_id': personId })
    .orderBy('t.created_at', 'desc').first('t.workflow_id');
  return row?.workflow_id ?? caseWorkflowId;
}
