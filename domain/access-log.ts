import type { Knex } from 'knex';
import type { SessionUser } from './deps';

/** The same persons of a case shown to the same user by the same view within this time is one read (the live pages reload every few seconds). */
export const LIST_REREAD_SECONDS = 300;

/**
 * Writes one read of personal data to the access log (Law No. 58 of 2008 guidance): whose, by
 * whom, from which unit. The same read of a case (same user, action and persons) again within
 * LIST_REREAD_SECONDS is the same read: a case page reloading itself is not logged every 4 s.
 */
export async function logAccess(db: Knex, user: SessionUser, caseId: string | null, action: string, persons: readonly string[] = []): Promise<void> {
  if (caseId !== null) {
    const again = await db('access_log').where({ user_id: user.id, action, case_id: caseId })
      .whereRaw(`at > now() - make_interval(secs => ?)`, [LIST_REREAD_SECONDS]).whereRaw('persons @> ?::uuid[]', [[...persons]]).first('id');
    if (again) return;
  }
  await db('access_log').insert({ user_id: user.id, case_id: caseId, action, persons: [...persons], unit_id: user.unitId });
}

/**
 * A list view that showed persons by name (tasks, deadlines, escalations): one row per case,
 * naming the persons shown. Nothing is written when the list showed nobody, nor for a case whose
 * same persons the same user's same list showed within LIST_REREAD_SECONDS: a board that reloads
 * itself every 4 s is one read every five minutes in the log, not 75.
 */
export async function logListAccess(db: Knex, user: SessionUser, action: string, items: ReadonlyArray<{ caseId: string; personId: string | null }>): Promise<void> {
  const byCase = new Map<string, Set<string>>();
  for (const item of items) {
    if (!item.personId) continue;
    byCase.set(item.caseId, (byCase.get(item.caseId) ?? new Set()).add(item.personId));
  }
  if (byCase.size === 0) return;
  const recent: Array<{ case_id: string; persons: string[] }> = await db('access_log')
    .where({ user_id: user.id, action }).whereRaw(`at > now() - make_interval(secs => ?)`, [LIST_REREAD_SECONDS])
    .whereIn('case_id', [...byCase.keys()]).select('case_id', 'persons');
  const seen = (caseId: string, persons: Set<string>) => recent.some((r) => r.case_id === caseId && [...persons].every((p) => r.persons.includes(p)));
  const rows = [...byCase].filter(([caseId, persons]) => !seen(caseId, persons))
    .map(([caseId, persons]) => ({ user_id: user.id, case_id: caseId, action, persons: [...persons], unit_id: user.unitId }));
  if (rows.length > 0) await db('access_log').insert(rows);
}
