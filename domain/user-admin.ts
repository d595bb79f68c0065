import type { Knex } from 'knex';
import type { DomainDeps, SessionUser } from './deps';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from './errors';
import { hashPassword } from './passwords';
import { passwordErrors } from './password-policy';
import { endSessionsOf } from './sessions';
import { isUuid } from './case-queries';
import { capabilitiesOf, isRole, roleRules, roles } from '../org/roles';
import type { UserAdminItem } from './views';
import type { FieldError } from '../law/record-schemas';
import { storableTextErrors } from '../law/record-schemas';

export type { UserAdminItem };

const USERNAME = /^[a-z][a-z0-9._-]{2,39}$/;
const RANKS = ['prosecutor-general', 'deputy-prosecutor-general'];

/** Only administrators manage users and units. */
export function assertAdministers(user: SessionUser): void {
  if (!capabilitiesOf(user.role).administer) throw new ForbiddenError('Users and units are managed by administrators', 'administrators-only');
}

export async function listUsers(deps: DomainDeps, user: SessionUser): Promise<UserAdminItem[]> {
  assertAdministers(user);
  return userRows(deps.db);
}

async function userRows(db: Knex, id?: string): Promise<UserAdminItem[]> {
  const q = db('users as u').join('units as n', 'n.id', 'u.unit_id')
    .select('u.id', 'u.username', 'u.full_name', 'u.role', 'u.unit_id', 'n.code as unit_code', 'n.name as unit_name', 'u.prosecutor_rank', 'u.active', 'u.created_at', db.raw('u.totp_secret is not null as second_factor_enrolled'))
    .orderBy('u.username');
  if (id) q.where('u.id', id);
  const rows = await q;
  return rows.map((r) => ({
    id: r.id, username: r.username, fullName: r.full_name, role: r.role, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name,
    prosecutorRank: r.prosecutor_rank, active: r.active, createdAt: new Date(r.created_at).toISOString(), secondFactorEnrolled: r.second_factor_enrolled,
  }));
}

export interface UserInput {
  username?: unknown; fullName?: unknown; role?: unknown; unitId?: unknown; unitCode?: unknown; prosecutorRank?: unknown; password?: unknown; active?: unknown;
}

/**
 * Creates a user (by an administrator, or by the `icj create-user` command with no actor): a
 * role of org/roles.ts in a unit of a kind that role sits in, a password the policy accepts
 * (domain/password-policy.ts). Audited in `admin_changes`.
 */
export async function createUser(db: Knex, actor: SessionUser | null, body: unknown): Promise<UserAdminItem> {
  if (actor) assertAdministers(actor);
  const input = (body ?? {}) as UserInput;
  const errors: FieldError[] = [...textErrors(body)];
  if (typeof input.username !== 'string' || !USERNAME.test(input.username)) errors.push(field('/username', 'must be 3-40 lower-case letters, digits, dot, dash or underscore, starting with a letter', 'pattern'));
  if (typeof input.fullName !== 'string' || input.fullName.trim().length < 3 || input.fullName.length > 200) errors.push(field('/fullName', 'must be 3 to 200 characters', 'maxLength'));
  errors.push(...passwordErrors(input.password, typeof input.username === 'string' ? input.username : null));
  const unit = await unitOf(db, input, errors);
  checkRole(input, unit, errors);
  if (errors.length > 0) throw new InputError('The user is invalid', errors);
  if (await db('users').where({ username: input.username }).first('id')) {
    throw new ConflictError(`The username ${String(input.username)} is taken`, 'username-taken');
  }
  return db.transaction(async (trx) => {
    const [row] = await trx('users').insert({
      username: input.username, full_name: String(input.fullName).trim(), role: input.role, unit_id: unit!.id,
      prosecutor_rank: input.role === 'prosecutor' && unit!.rung === 'general' ? input.prosecutorRank ?? 'deputy-prosecutor-general' : null,
      password_hash: await hashPassword(String(input.password)),
    }).returning('id');
    const [created] = await userRows(trx, row.id);
    await audit(trx, actor, 'user', created.id, 'created', null, created);
    return created;
  });
}

/**
 * Changes a user's name, role, unit, rank or active flag; the last active administrator cannot
 * lose the role or be deactivated. Audited with the before and after.
 */
export async function updateUser(deps: DomainDeps, actor: SessionUser, id: string, body: unknown): Promise<UserAdminItem> {
  assertAdministers(actor);
  if (!isUuid(id)) throw new NotFoundError('No such user', 'not-found');
  const [before] = await userRows(deps.db, id);
  if (!before) throw new NotFoundError('No such user', 'not-found');
  const input = { ...(body ?? {}) as UserInput };
  const errors: FieldError[] = [...textErrors(body)];
  for (const key of Object.keys(input)) {
    if (!['fullName', 'role', 'unitId', 'unitCode', 'prosecutorRank', 'active'].includes(key)) errors.push(field(`/${key}`, 'cannot be changed here', 'additionalProperties'));
  }
  if (input.fullName !== undefined && (typeof input.fullName !== 'string' || input.fullName.trim().length < 3 || input.fullName.length > 200)) errors.push(field('/fullName', 'must be 3 to 200 characters', 'maxLength'));
  if (input.active !== undefined && typeof input.active !== 'boolean') errors.push(field('/active', 'must be true or false', 'type'));
  const merged: UserInput = { role: input.role ?? before.role, unitId: input.unitId ?? (input.unitCode ? undefined : before.unitId), unitCode: input.unitCode, prosecutorRank: input.prosecutorRank ?? before.prosecutorRank ?? undefined };
  const unit = await unitOf(deps.db, merged, errors);
  checkRole(merged, unit, errors);
  if (errors.length > 0) throw new InputError('The change is invalid', errors);
  const stillAdmin = merged.role === 'admin' && input.active !== false;
  if (before.role === 'admin' && before.active && !stillAdmin) {
    const others = await deps.db('users').where({ role: 'admin', active: true }).whereNot({ id }).count('* as n').first();
    if (Number(others?.n ?? 0) === 0) throw new ConflictError('The last active administrator cannot be removed', 'last-admin');
  }
  return deps.db.transaction(async (trx) => {
    await trx('users').where({ id }).update({
      ...(typeof input.fullName === 'string' ? { full_name: input.fullName.trim() } : {}),
      ...(typeof input.active === 'boolean' ? { active: input.active } : {}),
      role: merged.role, unit_id: unit!.id,
      prosecutor_rank: merged.role === 'prosecutor' && unit!.rung === 'general' ? merged.prosecutorRank ?? 'deputy-prosecutor-general' : null,
    });
    const [after] = await userRows(trx, id);
    await audit(trx, actor, 'user', id, input.active === false ? 'deactivated' : 'changed', before, after);
    // What the user could do changes: their sessions end now, in every API process.
    if (!after.active) await endSessionsOf(trx, id, 'deactivated', deps.clock());
    else if (after.role !== before.role || after.unitId !== before.unitId) await endSessionsOf(trx, id, 'role-changed', deps.clock());
    return after;
  });
}

/** Sets a new password for a user (the administrator hands it over in person). Audited, the password never. */
export async function resetPassword(deps: DomainDeps, actor: SessionUser, id: string, body: unknown): Promise<{ id: string }> {
  assertAdministers(actor);
  if (!isUuid(id)) throw new NotFoundError('No such user', 'not-found');
  const password = (body as { password?: unknown } | null)?.password;
  const target = await deps.db('users').where({ id }).first('username');
  if (!target) throw new NotFoundError('No such user', 'not-found');
  const errors = [...textErrors(body), ...passwordErrors(password, target.username)];
  if (errors.length > 0) throw new InputError('The password is invalid', errors);
  const updated = await deps.db.transaction(async (trx) => {
    const n = await trx('users').where({ id }).update({ password_hash: await hashPassword(String(password)) });
    if (n > 0) await audit(trx, actor, 'user', id, 'password-reset', null, null);
    if (n > 0) await endSessionsOf(trx, id, 'password-reset', deps.clock());
    return n;
  });
  if (updated === 0) throw new NotFoundError('No such user', 'not-found');
  return { id };
}

/**
 * Removes a user's second factor (a lost or replaced phone): their sessions end, and their next
 * sign-in asks them to enrol a new authenticator. Audited. A user with none: 409.
 */
export async function resetSecondFactor(deps: DomainDeps, actor: SessionUser, id: string): Promise<{ id: string }> {
  assertAdministers(actor);
  if (!isUuid(id) || !(await deps.db('users').where({ id }).first('id'))) throw new NotFoundError('No such user', 'not-found');
  await deps.db.transaction(async (trx) => {
    const n = await trx('users').where({ id }).whereNotNull('totp_secret')
      .update({ totp_secret: null, totp_pending_secret: null, totp_last_step: null, totp_enrolled_at: null });
    if (n === 0) throw new ConflictError('The user has no second factor to reset', 'second-factor-not-enrolled');
    await audit(trx, actor, 'user', id, 'second-factor-reset', null, null);
    await endSessionsOf(trx, id, 'second-factor-reset', deps.clock());
  });
  return { id };
}

async function unitOf(db: Knex, input: UserInput, errors: FieldError[]): Promise<{ id: string; kind: string; rung: string | null } | null> {
  const q = db('units').where('active', true).first('id', 'kind', 'rung');
  if (typeof input.unitId === 'string' && isUuid(input.unitId)) q.where('id', input.unitId);
  else if (typeof input.unitCode === 'string' && input.unitCode.length <= 20) q.where('code', input.unitCode);
  else {
    errors.push(field('/unitId', 'must name a unit (unitId or unitCode)', 'required'));
    return null;
  }
  const unit = await q;
  if (!unit) errors.push(field('/unitId', 'no such active unit', 'not-found'));
  return unit ?? null;
}

function checkRole(input: UserInput, unit: { kind: string; rung: string | null } | null, errors: FieldError[]): void {
  if (!isRole(input.role)) {
    errors.push(field('/role', `must be one of ${roles.join(', ')}`, 'enum', { allowed: roles }));
    return;
  }
  const kinds = roleRules[input.role].unitKinds as readonly string[];
  if (unit && !kinds.includes(unit.kind)) errors.push(field('/unitId', `a ${input.role} sits in a unit of kind ${kinds.join(' or ')}, not ${unit.kind}`, 'role-unit-kind', { kinds }));
  if (input.prosecutorRank !== undefined && input.prosecutorRank !== null && !RANKS.includes(String(input.prosecutorRank))) {
    errors.push(field('/prosecutorRank', `must be one of ${RANKS.join(', ')}`, 'enum', { allowed: RANKS }));
  }
}

const field = (path: string, message: string, code: string, params: Record<string, unknown> = {}): FieldError => ({ path, message, code, params });

function textErrors(body: unknown): FieldError[] {
  return storableTextErrors(body);
}

/** One row of the administration's append-only log. */
export async function audit(db: Knex, actor: SessionUser | null, entity: string, entityId: string, action: string, before: unknown, after: unknown): Promise<void> {
  await db('admin_changes').insert({
    actor_id: actor?.id ?? null, entity, entity_id: entityId, action,
    before: before === null ? null : JSON.stringify(before), after: after === null ? null : JSON.stringify(after),
  });
}
