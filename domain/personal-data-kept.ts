import type { Knex } from 'knex';
import { ConflictError } from './errors';
import type { CaseKeyRow } from '../db/case-facts-repo';

/**
 * A case, or a person of it, whose key a retention rule destroyed takes no further act: nothing
 * more may be recorded about data that no longer exists (Law No. 58 of 2008 art. 15), and the
 * record store could not seal it (privacy/data-keys.ts). 409 `personal-data-removed`, before any
 * workflow is asked, so nothing is left retrying.
 */
export async function assertPersonalDataKept(db: Knex, caseId: string, personIds: ReadonlyArray<string | null> = []): Promise<void> {
  const ids = [caseId, ...personIds.filter((p): p is string => p !== null)];
  assertKeysKept(await db('data_keys').whereIn('id', ids).whereNull('key').select('id', 'key', 'subject', 'destroyed_for'), caseId, personIds);
}

/** The same check on keys already read (db/case-facts-repo.ts loadCaseFile reads a case's keys with its file). */
export function assertKeysKept(keys: ReadonlyArray<Pick<CaseKeyRow, 'id' | 'key' | 'subject' | 'destroyed_for'>>, caseId: string, personIds: ReadonlyArray<string | null> = []): void {
  const ids = new Set([caseId, ...personIds.filter((p): p is string => p !== null)]);
  const gone = keys.find((k) => ids.has(k.id) && k.key === null);
  if (gone) {
    throw new ConflictError(
      `The personal data of this ${gone.subject} was removed under the retention rule ${gone.destroyed_for}: nothing more is recorded about it`,
      'personal-data-removed', { subject: gone.subject, outcome: gone.destroyed_for },
    );
  }
}
