import assert from 'node:assert/strict';
import { SignJWT } from 'jose';
import { loadConfig } from '../../config';
import { DEMO_PASSWORD } from '../../db/seed-demo';
import { assertSignInAllowed, defaultThrottle, recordSignInFailure, recordSignInSuccess } from '../../domain/login-throttle';
import { openSession, sessionUser } from '../../domain/sessions';
import { startTestStack, type TestStack } from '../support/stack';

const login = async (stack: TestStack, username: string, password = DEMO_PASSWORD) =>
  (await stack.api('/api/auth/login', { method: 'POST', user: null, body: { username, password } }));
const me = (stack: TestStack, token: string) => fetch(`${stack.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });

describe('API: sessions held server-side, the sign-in throttle in PostgreSQL', function () {
  this.timeout(180_000);
  let a: TestStack;
  let b: TestStack;
  before(async () => {
    // Two API processes on one database, as behind a load balancer.
    [a, b] = [await startTestStack(), await startTestStack()];
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('signing out through one API process ends the session in the other at once', async () => {
    const { body } = await login(a, 'officer2');
    assert.equal((await me(b, body.token)).status, 200, 'the other process accepts the session');
    const out = await fetch(`${a.baseUrl}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${body.token}` } });
    assert.equal(out.status, 204);
    assert.equal((await me(b, body.token)).status, 401, 'refused by the other process after sign-out');
    assert.equal((await me(a, body.token)).status, 401);
    const row = await a.db('sessions').where({ ended_by: 'logout' }).orderBy('ended_at', 'desc').first();
    assert.ok(row?.ended_at);
  });

  it('a token without an expiry, or for a session that does not exist, is refused however well signed', async () => {
    const user = await a.db('users').where({ username: 'officer2' }).first('id');
    const session = await openSession(a.db, user.id, 3600, new Date());
    const secret = new TextEncoder().encode(loadConfig({ NODE_ENV: 'test' }).sessionSecret);
    const noExp = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setJti(session.id).setIssuer('icjims').setIssuedAt().sign(secret);
    assert.equal((await me(a, noExp)).status, 401);
    const unknown = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setJti('00000000-0000-4000-8000-000000000000')
      .setIssuer('icjims').setIssuedAt().setExpirationTime('1h').sign(secret);
    assert.equal((await me(a, unknown)).status, 401);
    const valid = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setJti(session.id)
      .setIssuer('icjims').setIssuedAt().setExpirationTime('1h').sign(secret);
    assert.equal((await me(a, valid)).status, 200, 'the same session with its expiry is live');
  });

  it('deactivating a user or resetting their password ends their sessions', async () => {
    const created = await a.api('/api/users', { method: 'POST', user: 'admin', body: { username: 'session-synthetic', fullName: 'Session Synthetic', role: 'investigator', unitCode: 'OSH-01', password: 'a-long-enough-password' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const first = (await login(a, 'session-synthetic', 'a-long-enough-password')).body.token;
    assert.equal((await a.api(`/api/users/${created.body.id}/password`, { method: 'POST', user: 'admin', body: { password: 'another-long-password' } })).status, 200);
    assert.equal((await me(b, first)).status, 401, 'a reset password ends the session');
    const second = (await login(a, 'session-synthetic', 'another-long-password')).body.token;
    assert.equal((await me(b, second)).status, 200);
    assert.equal((await a.api(`/api/users/${created.body.id}`, { method: 'PATCH', user: 'admin', body: { active: false } })).status, 200);
    assert.equal((await me(b, second)).status, 401);
    const ended = await a.db('sessions').where({ user_id: created.body.id }).orderBy('created_at').select('ended_by');
    assert.deepEqual(ended.map((s) => s.ended_by), ['password-reset', 'deactivated']);
  });

  it('a session unused for longer than the idle timeout has ended', async () => {
    const user = await a.db('users').where({ username: 'officer2' }).first('id');
    const now = new Date();
    const session = await openSession(a.db, user.id, 8 * 3600, now);
    assert.ok(await sessionUser(a.db, session.id, user.id, new Date(now.getTime() + 29 * 60_000), 30 * 60));
    // Used at 29 min (the last use is written once a minute at most): idle from then on.
    assert.equal(await sessionUser(a.db, session.id, user.id, new Date(now.getTime() + 60 * 60_000), 30 * 60), null);
  });

  it('the throttle: one account from one address, one account from anywhere, one address for accounts not known there; nobody else locked out', async () => {
    const db = a.db;
    const now = new Date();
    const office = '198.51.100.7';
    // A colleague signed in from the office before.
    await recordSignInSuccess(db, office, 'colleague-synthetic', now);
    for (let i = 0; i < defaultThrottle.perAddress; i++) await recordSignInFailure(db, office, `typo-${i}`, now);
    await assert.rejects(assertSignInAllowed(db, office, 'stranger-synthetic', now), { name: 'TooManyRequestsError' });
    await assertSignInAllowed(db, office, 'colleague-synthetic', now);
    await assertSignInAllowed(db, '203.0.113.9', 'stranger-synthetic', now);
    // One account guessed from many addresses: that account only.
    for (let i = 0; i < defaultThrottle.perAccount; i++) await recordSignInFailure(db, `192.0.2.${i}`, 'target-synthetic', now);
    await assert.rejects(assertSignInAllowed(db, '192.0.2.200', 'target-synthetic', now), { name: 'TooManyRequestsError' });
    await assertSignInAllowed(db, '192.0.2.200', 'bystander-synthetic', now);
    // The window passes: allowed again.
    await assertSignInAllowed(db, office, 'stranger-synthetic', new Date(now.getTime() + defaultThrottle.windowMs + 1000));
  });
});
