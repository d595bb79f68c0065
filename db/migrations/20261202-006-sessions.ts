import type { Knex } from 'knex';

/**
 * Sessions held server-side, so signing out and deactivation end them at once in every API
 * process; sign-in failures and successes in PostgreSQL, so the throttle holds across processes
 * and an office behind one address is not locked out by one person's mistakes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.uuid('id').primary().comment('The token\'s jti');
    t.uuid('user_id').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('last_seen_at', { useTz: true }).notNullable().comment('Idle timeout: a session unused longer than SESSION_IDLE_SECONDS has ended');
    t.timestamp('ended_at', { useTz: true });
    t.text('ended_by').comment('logout, deactivated, password-reset, role-changed');
    t.index(['user_id'], 'sessions_user_idx');
  });
  await knex.schema.createTable('login_failures', (t) => {
    t.bigIncrements('id');
    t.text('address').notNullable();
    t.text('username').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.index(['address', 'at'], 'login_failures_address_idx');
    t.index(['username', 'at'], 'login_failures_username_idx');
  });
  await knex.schema.createTable('login_successes', (t) => {
    t.text('address').notNullable();
    t.text('username').notNullable();
    t.timestamp('at', { useTz: true }).notNullable();
    t.primary(['address', 'username']);
  });
  await knex.raw(`comment on table login_successes is 'Who signed in from where lately: the address throttle does not hold them back'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_successes');
  await knex.schema.dropTable('login_failures');
  await knex.schema.dropTable('sessions');
}
