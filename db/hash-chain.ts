import { createHash } from 'node:crypto';
import type { ChainVerdict } from '../domain/views';

export type { ChainVerdict };

/** What a record's hash covers: everything that makes it the record it is, and its predecessor. */
export interface ChainedRecordContent {
  caseId: string;
  seq: number;
  recordType: string;
  schemaVersion: number;
  data: unknown;
  actorId: string;
  taskId: string | null;
  recordedAt: string;
  prevHash: string | null;
}

/** JSON with object keys sorted at every depth, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of a record's canonical content; fields beyond the content (id, hash) are ignored. */
export function recordHash(r: ChainedRecordContent): string {
  const content: ChainedRecordContent = {
    caseId: r.caseId, seq: r.seq, recordType: r.recordType, schemaVersion: r.schemaVersion, data: r.data,
    actorId: r.actorId, taskId: r.taskId, recordedAt: r.recordedAt, prevHash: r.prevHash,
  };
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}


/** Checks a case's records, in seq order: contiguous seq from 1, each prevHash links, each hash matches. */
export function verifyChain(records: Array<ChainedRecordContent & { hash: string }>): ChainVerdict {
  let prev: string | null = null;
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (r.seq !== i + 1 || r.prevHash !== prev || recordHash(r) !== r.hash) {
      return { valid: false, count: records.length, brokenAtSeq: r.seq };
    }
    prev = r.hash;
  }
  return { valid: true, count: records.length, brokenAtSeq: null };
}
