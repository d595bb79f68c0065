import { ladderAuthority } from '../org/ladder-authority';
import type { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionUser } from './deps';
import { UnauthenticatedError } from './errors';

// Compared against when the user does not exist, so a wrong username costs as long as a wrong password.
let dummyHash: Promise<string> | null = null;

/** Loads an active user with their unit, as a SessionUser. */
export async function findSessionUser(db: Knex, where: { id: string } | { username: string }): Promise<SessionUser | null> {
  const q = db('users as u').join('units as n', 'n.id', 'u.unit_id').where('u.active', true)
    .first('u.id', 'u.username', 'u.full_name', 'u.role', 'u.unit_id', 'u.prosecutor_rank', 'n.name as unit_name', 'n.code as unit_code', 'n.kind as unit_kind', 'n.rung');
  const row = await ('id' in where ? q.where('u.id', where.id) : q.where('u.username', where.username));
  if (!row) return null;
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
