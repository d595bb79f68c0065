import type { Knex } from 'knex';
import { recordHash } from '../../db/hash-chain';
import { recordSchemaVersion, type RecordType } from '../../law/record-schemas';
import { newDataKey } from '../../privacy/field-cipher';
import { sealCaseRowWith, sealPersonRowsWith } from '../../privacy/person-columns';
import { sealingPlan } from '../../privacy/sealed-record';
import { caseFactRows, type CaseSnapshot } from '../facts/case-fact-rows';
import { iccsOf } from '../../law/criminal-code';
import { writeFacts } from '../facts/facts-repo';
import type { CaseFactRows } from '../facts/fact-rows';
import type { MaterialisedCase } from './case-scenario';

/**
 * Writes materialised cases in bulk, in the caller's transaction, with the code a real case's
 * rows go through: persons and the summary sealed with per-person and per-case keys
 * (privacy/person-columns.ts), each record sealed by the same sealing plan as appendRecord and
 * chained by the same hash (db/hash-chain.ts), then the statistics facts by the same projection.
 * Not through Temporal: these cases have no workflow (their workflow id says so).
 */
export async function writeMaterialisedCases(trx: Knex.Transaction, cases: readonly MaterialisedCase[], registeredBy: string, agencyOf: (unitId: string) => string): Promise<{ records: number }> {
  const keyRows: Array<{ id: string; case_id: string; subject: 'case' | 'person'; key: Buffer }> = [];
  const caseRows: object[] = [];
  const personRows: object[] = [];
  const recordRows: object[] = [];
  const deadlineRows: object[] = [];
  const facts: CaseFactRows[] = [];
  for (const m of cases) {
    const keys = new Map<string, Buffer>();
    const keyFor = (id: string, subject: 'case' | 'person') => {
      if (!keys.has(id)) {
        const key = newDataKey();
        keys.set(id, key);
        keyRows.push({ id, case_id: m.case.id, subject, key });
      }
    };
    keyFor(m.case.id, 'case');
    for (const p of m.persons) keyFor(p.id, 'person');
    caseRows.push(sealCaseRowWith(keys, {
      id: m.case.id, register_number: m.case.registerNumber, workflow_id: `synthetic-${m.case.registerNumber}`, unit_id: m.case.unitId,
      status: m.case.status, stage: m.case.stage, source: 'official-report', summary: 'Synthetic report generated for the national statistics.',
      crime_article: m.case.crimeArticle, gravity: m.case.gravity, region: m.case.region, received_at: m.case.receivedAt,
      registered_by: registeredBy, registered_at: m.case.registeredAt,
    }));
    personRows.push(...sealPersonRowsWith(keys, m.persons.map((p) => ({
      id: p.id, case_id: m.case.id, role: p.role, last_name: p.lastName, first_name: p.firstName, birth_date: p.birthDate, sex: p.sex,
      is_child: p.isChild, detained_at: p.detainedAt, detention_place: p.detainedAt ? 'Synthetic police station' : null, ordinal: p.ordinal,
      citizenship: null, relationship_to_suspect: p.relationship,
    }))));
    const listed = new Map<string, string[]>();
    for (const p of m.persons) listed.set(p.role, [...(listed.get(p.role) ?? []), p.id]);
    let prevHash: string | null = null;
    const stored: CaseSnapshot['records'] = [];
    m.records.forEach((r, i) => {
      const plan = sealingPlan(r.recordType, r.data, m.case.id, listed);
      for (const s of plan.subjects) keyFor(s.id, s.subject);
      const data = plan.seal(keys);
      const seq = i + 1;
      const recordedAt = new Date(Date.parse(r.recordedAt)).toISOString();
      const schemaVersion = recordSchemaVersion(r.recordType as RecordType);
      const hash = recordHash({ caseId: m.case.id, seq, recordType: r.recordType, schemaVersion, data, actorId: registeredBy, taskId: null, recordedAt, prevHash });
      recordRows.push({
        case_id: m.case.id, seq, record_type: r.recordType, schema_version: schemaVersion, data, actor_id: registeredBy, task_id: null,
        idempotency_key: `synthetic-${m.case.registerNumber}/${r.stepKey}`, recorded_at: recordedAt, prev_hash: prevHash, hash,
      });
      stored.push({ seq, recordType: r.recordType, data, recordedAt });
      prevHash = hash;
    });
    deadlineRows.push(...m.deadlines.map((d) => ({
      id: d.id, case_id: m.case.id, person_id: d.personId, limit_id: d.limitId, basis: d.basis, anchor_at: d.anchorAt, due_at: d.dueAt,
      warn_at: d.warnAt, status: d.status, closed_at: d.closedAt,
    })));
    facts.push(caseFactRows({
      case: { id: m.case.id, unitId: m.case.unitId, agency: agencyOf(m.case.unitId), region: m.case.region, gravity: m.case.gravity, crimeArticle: m.case.crimeArticle, receivedAt: m.case.receivedAt, registeredAt: m.case.registeredAt },
      persons: m.persons.map((p) => ({ id: p.id, ordinal: p.ordinal, role: p.role, sex: p.sex, birthDate: p.birthDate, isChild: p.isChild, relationshipToSuspect: p.relationship, detainedAt: p.detainedAt })),
      records: stored,
      deadlines: m.deadlines.map((d) => ({ id: d.id, limitId: d.limitId, personId: d.personId, anchorAt: d.anchorAt, dueAt: d.dueAt, status: d.status, closedAt: d.closedAt })),
    }, iccsOf));
  }
  const insert = async (table: string, rows: object[], size = 1000) => {
    for (let i = 0; i < rows.length; i += size) await trx(table).insert(rows.slice(i, i + size));
  };
  await insert('cases', caseRows);
  await insert('data_keys', keyRows);
  await insert('persons', personRows);
  await insert('records', recordRows, 500);
  await insert('deadlines', deadlineRows);
  await writeFacts(trx, [], facts);
  return { records: recordRows.length };
}
