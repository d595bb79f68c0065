import type { Knex } from 'knex';

/**
 * The second factor of the roles that need one (org/roles.ts `requiresSecondFactor`): the TOTP
 * secret sealed by the payload codec (domain/sealed-secret.ts), the secret offered at enrolment
 * until a code of it confirms it, and the last time step accepted, so no code is accepted twice
 * (RFC 6238 §5.2).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.binary('totp_secret').comment('Confirmed TOTP secret, sealed (an encrypted Temporal payload); null: not enrolled');
    t.binary('totp_pending_secret').comment('Secret offered at the last sign-in that asked for enrolment, sealed; cleared when confirmed');
    t.bigInteger('totp_last_step').comment('Time step (unix seconds / 30) of the last code accepted: a code of this step or earlier is a replay');
    t.timestamp('totp_enrolled_at', { useTz: true });
  });
  await knex.raw("comment on column sessions.ended_by is 'logout, deactivated, password-reset, role-changed, second-factor-reset'");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => {
    t.dropColumn('totp_secret');
    t.dropColumn('totp_pending_secret');
    t.dropColumn('totp_last_step');
    t.dropColumn('totp_enrolled_at');
  });
}
