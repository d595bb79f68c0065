import type { Knex } from 'knex';
import type { SessionUser } from './deps';

/** Writes one read of personal data to the access log (Law No. 58 of 2008 guidance): whose, by whom, from which unit. */
export async function logAccess(db: Knex, user: SessionUser, caseId: string | null, action: string, persons: readonly string[] = []): Promise<void> {
  await db('access_log').insert({ user_id: user.id, case_id: caseId, action, persons: [...persons], unit_id: user.unitId });
}

/**
 * A list view that showed persons by name (tasks, deadlines, escalations): one row per case,
 * naming the persons shown. Nothing is written when the list showed nobody.
 */
export async function logListAccess(db: Knex, user: SessionUser, action: string, items: ReadonlyArray<{ caseId: string; personId: string | null }>): Promise<void> {
  const byCase = new Map<string, Set<string>>();
  for (const item of items) {
    if (!item.personId) continue;
    byCase.set(item.caseId, (byCase.get(item.caseId) ?? new Set()).add(item.personId));
  }
  if (byCase.size === 0) return;
  await db('access_log').insert([...byCase].map(([caseId, persons]) => ({ user_id: user.id, case_id: caseId, action, persons: [...persons], unit_id: user.unitId })));
}
