import type { Knex } from 'knex';
import { requiresSecondFactor } from '../org/roles';
import type { SessionUser } from './deps';
import { UnauthenticatedError } from './errors';
import type { SecretSealer } from './sealed-secret';
import { matchTotp, newTotpSecret, totpUri, TOTP_ALGORITHM, TOTP_DIGITS, TOTP_PERIOD_SECONDS } from './totp';
import { audit } from './user-admin';

/** The refusals of a second factor that count as failed sign-ins in the throttle, like a wrong password. */
export const FAILED_SECOND_FACTOR = ['wrong-totp', 'totp-already-used'] as const;

/**
 * The second step of signing in, after the password is proven. Roles without a second factor pass.
 * An enrolled user must send the code of the current step (one either side is accepted), later
 * than the last one accepted. A user not yet enrolled gets a fresh secret to add to an
 * authenticator app (401 `totp-enrolment-required`, the secret and its otpauth URI in `params`)
 * and is enrolled by signing in with a code of it.
 */
export async function proveSecondFactor(db: Knex, sealer: SecretSealer, user: SessionUser, totp: string | undefined, now: Date): Promise<void> {
  if (!requiresSecondFactor(user.role)) return;
  const row = await db('users').where({ id: user.id }).first('totp_secret', 'totp_pending_secret', 'totp_last_step');
  if (row?.totp_secret) {
    if (totp === undefined) throw new UnauthenticatedError('Send the 6-digit code of your authenticator app as totp', 'totp-required');
    const last = row.totp_last_step === null ? null : Number(row.totp_last_step);
    const match = matchTotp(await sealer.open(row.totp_secret), totp, now, last);
    if (!match.ok) throw refusal(match.reason);
    // Guarded: of two sign-ins with the same code at once, one wins.
    const n = await db('users').where({ id: user.id })
      .where((q) => q.whereNull('totp_last_step').orWhere('totp_last_step', '<', match.step)).update({ totp_last_step: match.step });
    if (n === 0) throw refusal('replayed');
    return;
  }
  if (totp === undefined || !row?.totp_pending_secret) {
    const secret = newTotpSecret();
    await db('users').where({ id: user.id }).update({ totp_pending_secret: await sealer.seal(secret) });
    throw new UnauthenticatedError('Add this secret to an authenticator app, then sign in again with its code as totp', 'totp-enrolment-required', {
      secret, otpauthUri: totpUri(secret, user.username), algorithm: TOTP_ALGORITHM, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS,
    });
  }
  const match = matchTotp(await sealer.open(row.totp_pending_secret), totp, now, null);
  if (!match.ok) throw refusal(match.reason);
  await db.transaction(async (trx) => {
    const n = await trx('users').where({ id: user.id }).whereNull('totp_secret').where('totp_pending_secret', row.totp_pending_secret)
      .update({ totp_secret: row.totp_pending_secret, totp_pending_secret: null, totp_last_step: match.step, totp_enrolled_at: now });
    if (n === 0) throw refusal('replayed');
    await audit(trx, user, 'user', user.id, 'second-factor-enrolled', null, null);
  });
}

function refusal(reason: 'wrong' | 'replayed'): UnauthenticatedError {
  return reason === 'wrong'
    ? new UnauthenticatedError('The code is wrong', 'wrong-totp')
    : new UnauthenticatedError('This code was already used; wait for the next one', 'totp-already-used');
}
