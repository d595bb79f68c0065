import type { Knex } from 'knex';
import type { SessionUser } from './deps';

/** Writes one read of personal data to the access log (Law No. 58 of 2008 guidance). */
export async function logAccess(db: Knex, user: SessionUser, caseId: string | null, action: string): Promise<void> {
  await db('access_log').insert({ user_id: user.id, case_id: caseId, action });
}
