import type { Knex } from 'knex';
import { actShape, fieldsAt, personFieldBeside, type ActShape } from '../casefile/schema-annotations';
import { pointerSegments } from '../casefile/json-pointer';
import { categories } from './personal-data-categories';
import { ensureKeys, loadKeys, openWith, sealFor, sealedKeyIds, type Subject } from './data-keys';

/**
 * Seals the personal fields of a record before it is stored and hashed: each field whose
 * `x-personal` category is sealed (privacy/personal-data-categories.json), with the key of the
 * person it concerns: the person the act names beside it (`personId`), the k-th person of a
 * registration's list (`x-icj-subjects`), else the case (a text about several persons).
 */
export async function sealRecordData(trx: Knex.Transaction, caseId: string, recordType: string, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const shape = actShape(recordType);
  if (!shape.personal.some((p) => categories[p.category]?.sealed)) return data;
  const listed = shape.subjects.length > 0 ? await personsByRole(trx, caseId) : new Map<string, string[]>();
  const plan = sealingPlan(recordType, data, caseId, listed);
  return plan.seal(await ensureKeys(trx, caseId, plan.subjects));
}

/**
 * What sealing a record takes, without I/O: the subjects whose keys it needs, and the sealing
 * itself once they are at hand. `listed` are the case's person ids by role, in ordinal order (for
 * a registration's lists). sealRecordData and the bulk writer of synthetic cases both use it.
 */
export function sealingPlan(recordType: string, data: Record<string, unknown>, caseId: string, listed: Map<string, string[]>): { subjects: Subject[]; seal(keys: Map<string, Buffer>): Record<string, unknown> } {
  const shape = actShape(recordType);
  const sealed = shape.personal.filter((p) => categories[p.category]?.sealed);
  if (sealed.length === 0) return { subjects: [], seal: () => data };
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  const targets: Array<{ parent: Record<string, unknown>; field: string; keyId: string; subject: Subject['subject'] }> = [];
  for (const { path } of sealed) {
    for (const at of fieldsAt(copy, path)) {
      if (at.value === undefined || at.value === null) continue;
      const personId = subjectOf(shape, path, at.pointer, at.parent, copy, listed);
      targets.push({ parent: at.parent, field: path[path.length - 1], keyId: personId ?? caseId, subject: personId ? 'person' : 'case' });
    }
  }
  return {
    subjects: uniqueSubjects(targets),
    seal(keys) {
      for (const t of targets) t.parent[t.field] = sealFor(keys, t.keyId, t.parent[t.field]);
      return copy;
    },
  };
}

/** The person a sealed field concerns, or null for the case. */
function subjectOf(
  shape: ActShape, path: readonly string[], pointer: string, parent: Record<string, unknown>, root: Record<string, unknown>, listed: Map<string, string[]>,
): string | null {
  const beside = personFieldBeside(shape, path);
  if (beside && typeof parent[beside] === 'string') return parent[beside] as string;
  const atRoot = shape.persons.find((p) => p.path.length === 1);
  if (atRoot && typeof root[atRoot.path[0]] === 'string') return root[atRoot.path[0]] as string;
  const segs = pointerSegments(pointer);
  for (const list of shape.subjects) {
    if (list.path.every((p, i) => p === segs[i])) {
      const k = Number(segs[list.path.length]);
      const id = listed.get(list.role)?.[k];
      if (id) return id;
    }
  }
  return null;
}

async function personsByRole(trx: Knex.Transaction, caseId: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const p of await trx('persons').where({ case_id: caseId }).orderBy('ordinal').select('id', 'role')) {
    out.set(p.role, [...(out.get(p.role) ?? []), p.id]);
  }
  return out;
}

function uniqueSubjects(targets: Array<{ keyId: string; subject: Subject['subject'] }>): Subject[] {
  const seen = new Map<string, Subject>();
  for (const t of targets) seen.set(t.keyId, { id: t.keyId, subject: t.subject });
  return [...seen.values()];
}

/**
 * Opens the sealed values of records' data (one query for all their keys). A value whose key has
 * been destroyed reads as null, and its pointer is listed in `removed`.
 */
export async function openRecordsData<T extends { data: Record<string, unknown> }>(db: Knex | Knex.Transaction, records: T[]): Promise<Array<T & { removed: string[] }>> {
  const ids = new Set<string>();
  for (const r of records) sealedKeyIds(r.data, ids);
  return openRecordsDataWith(await loadKeys(db, ids), records);
}

/** The same, with the keys already read (a read of one trip reads a case's keys with its records). */
export function openRecordsDataWith<T extends { data: Record<string, unknown> }>(keys: Map<string, Buffer | null>, records: T[]): Array<T & { removed: string[] }> {
  return records.map((r) => {
    const removed: string[] = [];
    const visit = (node: unknown, pointer: string): unknown => {
      if (Array.isArray(node)) return node.map((v, i) => visit(v, `${pointer}/${i}`));
      if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, visit(v, `${pointer}/${k}`)]));
      const opened = openWith(keys, node);
      if (opened.removed) removed.push(pointer);
      return opened.value;
    };
    return { ...r, data: visit(r.data, '') as Record<string, unknown>, removed };
  });
}
