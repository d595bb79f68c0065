import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { activeUsers, SESSION_USER_COLUMNS, sessionUserOf, type SessionUserRow } from './authenticate';
import type { SessionUser } from './views';

/** How often a session's last use is written (not on every request). */
const TOUCH_EVERY_MS = 60_000;

export type SessionEnd = 'logout' | 'deactivated' | 'password-reset' | 'role-changed' | 'second-factor-reset';

/** Opens a session for a signed-in user: its id is the token's jti. */
export async function openSession(db: Knex, userId: string, ttlSeconds: number, now: Date): Promise<{ id: string; expiresAt: Date }> {
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  await db('sessions').insert({ id, user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now });
  return { id, expiresAt };
}

/**
 * The user of a live session: not ended, not expired, used within the idle timeout, its user
 * active. Null otherwise, in every API process alike (the session is in PostgreSQL).
 */
export async function sessionUser(db: Knex, sessionId: string, userId: string, now: Date, idleSeconds: number): Promise<SessionUser | null> {
  // The session and its user in one query: every request of a signed-in user asks it.
  const row: (SessionUserRow & { last_seen_at: Date }) | undefined = await activeUsers(db).join('sessions as s', 's.user_id', 'u.id')
    .where({ 's.id': sessionId, 's.user_id': userId }).whereNull('s.ended_at')
    .where('s.expires_at', '>', now).where('s.last_seen_at', '>', new Date(now.getTime() - idleSeconds * 1000))
    .first([...SESSION_USER_COLUMNS, 's.last_seen_at']);
  if (!row) return null;
  if (now.getTime() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
    await db('sessions').where({ id: sessionId }).update({ last_seen_at: now });
  }
  return sessionUserOf(row);
}

/** Ends one session (signing out). */
export async function endSession(db: Knex, sessionId: string, reason: SessionEnd, now: Date): Promise<void> {
  await db('sessions').where({ id: sessionId }).whereNull('ended_at').update({ ended_at: now, ended_by: reason });
}

/** Ends every session of a user (deactivated, password reset, role or unit changed). */
export async function endSessionsOf(db: Knex, userId: string, reason: SessionEnd, now: Date): Promise<number> {
  return db('sessions').where({ user_id: userId }).whereNull('ended_at').update({ ended_at: now, ended_by: reason });
}
