import { ladderAuthority, type ProsecutorRank } from '../org/ladder-authority';
import type { ProsecutorRung } from '../org/organisation-types';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionUser } from './deps';
import { UnauthenticatedError } from './errors';

// Compared against when the user does not exist, so a wrong username costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;

/** Loads an active user with their unit, as a SessionUser. */
export async function findSessionUser(db: Knex, where: { id: string } | { username: string }): Promise<SessionUser | null> {
  const q = activeUsers(db).first(SESSION_USER_COLUMNS);
  const row = await ('id' in where ? q.where('u.id', where.id) : q.where('u.username', where.username));
  return row ? sessionUserOf(row) : null;
}

/** Active users with their unit, as `u` and `n` (domain/sessions.ts joins their sessions to it). */
export function activeUsers(db: Knex): Knex.QueryBuilder {
  return db('users as u').join('units as n', 'n.id', 'u.unit_id').where('u.active', true);
}

export const SESSION_USER_COLUMNS = ['u.id', 'u.username', 'u.full_name', 'u.role', 'u.unit_id', 'u.prosecutor_rank', 'n.name as unit_name', 'n.code as unit_code', 'n.kind as unit_kind', 'n.rung'];

/** A row of SESSION_USER_COLUMNS. */
export interface SessionUserRow {
  id: string; username: string; full_name: string; role: SessionUser['role']; unit_id: string; prosecutor_rank: ProsecutorRank | null;
  unit_name: string; unit_code: string; unit_kind: SessionUser['unitKind']; rung: ProsecutorRung | null;
}

/** A row of SESSION_USER_COLUMNS as the session's user. */
export function sessionUserOf(row: SessionUserRow): SessionUser {
  return {
    id: row.id, username: row.username, fullName: row.full_name, role: row.role, unitId: row.unit_id, unitName: row.unit_name,
    unitCode: row.unit_code, unitKind: row.unit_kind,
    ladderAuthority: row.role === 'prosecutor' ? ladderAuthority(row.rung, row.prosecutor_rank) : null,
  };
}

/** Checks a username and password; the same answer for an unknown user and a wrong password. */
export async function authenticate(db: Knex, username: string, password: string): Promise<SessionUser> {
  const row = await db('users').where({ username, active: true }).first('id', 'password_hash');
  dummyHash ??= hashPassword(randomUUID());
  const ok = await verifyPassword(row?.password_hash ?? (await dummyHash), password);
  if (!row || !ok) throw new UnauthenticatedError('Unknown username or wrong password', 'wrong-credentials');
  const user = await findSessionUser(db, { id: row.id });
  if (!user) throw new UnauthenticatedError('Unknown username or wrong password', 'wrong-credentials');
  return user;
}
