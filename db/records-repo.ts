import type { Knex } from 'knex';
import { recordHash, verifyChain, type ChainVerdict } from './hash-chain';
import { openRecordsData, sealRecordData } from '../privacy/sealed-record';

export interface RecordRow {
  id: string;
  case_id: string;
  seq: number;
  record_type: string;
  schema_version: number;
  data: Record<string, unknown>;
  actor_id: string;
  task_id: string | null;
  idempotency_key: string;
  recorded_at: Date;
  prev_hash: string | null;
  hash: string;
}

export interface CaseRecord {
  id: string;
  caseId: string;
  seq: number;
  recordType: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  actorId: string;
  taskId: string | null;
  recordedAt: string;
  prevHash: string | null;
  hash: string;
  /** Pointers of personal fields whose key a retention rule destroyed (they read as null). */
  removed?: string[];
}

export function toCaseRecord(row: RecordRow): CaseRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    seq: row.seq,
    recordType: row.record_type,
    schemaVersion: row.schema_version,
    data: row.data,
    actorId: row.actor_id,
    taskId: row.task_id,
    recordedAt: row.recorded_at.toISOString(),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export interface AppendRecordInput {
  caseId: string;
  idempotencyKey: string;
  recordType: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  actorId: string;
  taskId: string | null;
  recordedAt: Date;
}

/**
 * Appends a record to its case's hash chain, inside the caller's transaction. The case row is
 * locked so concurrent appends to one case take turns; a key seen before returns the record
 * already written (a retried activity never writes twice). `created` says which happened.
 */
export async function appendRecord(trx: Knex.Transaction, input: AppendRecordInput): Promise<{ record: CaseRecord; created: boolean }> {
  const locked = await trx('cases').where({ id: input.caseId }).forUpdate().first('id');
  if (!locked) throw new CaseNotFoundError(input.caseId);
  // Under the lock (a statement of its own, so that what follows reads what the previous holder
  // committed): whether this step is recorded already (a retry) and the chain's last link, together.
  const { rows: [found] } = await trx.raw<{ rows: Array<{ existing_id: string | null; seq: number | null; hash: string | null }> }>(
    `select (select id from records where idempotency_key = ?) as existing_id, last.seq, last.hash
       from (select 1) as one left join lateral (select seq, hash from records where case_id = ? order by seq desc limit 1) as last on true`,
    [input.idempotencyKey, input.caseId],
  );
  if (found?.existing_id) {
    const existing = await trx<RecordRow>('records').where({ id: found.existing_id }).first();
    return { record: toCaseRecord(existing!), created: false };
  }
  const seq = (found?.seq ?? 0) + 1;
  const prevHash = found?.hash ?? null;
  // Millisecond precision, so the instant hashed is the instant PostgreSQL stores and returns.
  const recordedAt = new Date(input.recordedAt.getTime()).toISOString();
  // Personal fields sealed with their person's key; the hash covers the sealed form, so the chain
  // still verifies after a retention rule destroys the key (privacy/sealed-record.ts).
  const data = await sealRecordData(trx, input.caseId, input.recordType, input.data);
  const hash = recordHash({
    caseId: input.caseId, seq, recordType: input.recordType, schemaVersion: input.schemaVersion,
    data, actorId: input.actorId, taskId: input.taskId, recordedAt, prevHash,
  });
  const [row] = await trx<RecordRow>('records')
    .insert({
      case_id: input.caseId, seq, record_type: input.recordType, schema_version: input.schemaVersion,
      data, actor_id: input.actorId, task_id: input.taskId, idempotency_key: input.idempotencyKey,
      recorded_at: new Date(recordedAt), prev_hash: prevHash, hash,
    } as Partial<RecordRow>)
    .returning('*');
  return { record: toCaseRecord(row), created: true };
}

/** The records of a case in chain order, as stored (personal fields sealed). */
export async function listStoredRecords(db: Knex, caseId: string): Promise<CaseRecord[]> {
  const rows = await db<RecordRow>('records').where({ case_id: caseId }).orderBy('seq');
  return rows.map(toCaseRecord);
}

/** The records of a case in chain order, their personal fields opened (null where a key was destroyed). */
export async function listCaseRecords(db: Knex, caseId: string): Promise<CaseRecord[]> {
  return openRecordsData(db, await listStoredRecords(db, caseId));
}

/** Recomputes a case's chain from what PostgreSQL holds (the sealed form: no key is needed). */
export async function verifyCaseChain(db: Knex, caseId: string): Promise<ChainVerdict> {
  return verifyChain(await listStoredRecords(db, caseId));
}

export class CaseNotFoundError extends Error {
  constructor(readonly caseId: string) {
    super(`case ${caseId} does not exist`);
  }
}
