import assert from 'node:assert/strict';
import { DEMO_PASSWORD, demoUsers } from '../../db/seed-demo';
import { totpCode, totpStep, TOTP_PERIOD_SECONDS } from '../../domain/totp';
import { requiresSecondFactor } from '../../org/roles';
import { startTestStack, type TestStack } from '../support/stack';

const PASSWORD = 'violet-tram-orbit-lantern';
const at = (step: number) => new Date(step * TOTP_PERIOD_SECONDS * 1000);

/** Waits, at most five seconds, until five seconds or more are left in the current step, so a code of the step before is still accepted when it arrives. */
async function wellInsideStep(): Promise<number> {
  const left = (totpStep(new Date()) + 1) * TOTP_PERIOD_SECONDS * 1000 - Date.now();
  if (left < 5000) await new Promise((resolve) => setTimeout(resolve, left + 50));
  return totpStep(new Date());
}

describe('API: signing in (second factor, password policy, CSRF)', function () {
  this.timeout(120_000);
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack();
  });
  after(async () => {
    await stack?.stop();
  });

  const login = (body: Record<string, unknown>) => stack.api('/api/auth/login', { method: 'POST', user: null, body });
  const failuresOf = async (username: string) => Number((await stack.db('login_failures').where({ username }).count('* as n').first())?.n);
  const me = (token: string) => fetch(`${stack.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } });

  /** A new user of a role, created by the administrator; for a role with a second factor, enrolled at step `enrolAt` when given. */
  async function newUser(username: string, role: string, unitCode: string, enrolAt?: number): Promise<{ id: string; secret?: string }> {
    const created = await stack.api('/api/users', { method: 'POST', user: 'admin', body: { username, fullName: 'Synthetic Person', role, unitCode, password: PASSWORD } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    if (enrolAt === undefined) return { id: created.body.id };
    const secret: string = (await login({ username, password: PASSWORD })).body.params.secret;
    assert.equal((await login({ username, password: PASSWORD, totp: totpCode(secret, at(enrolAt)) })).status, 200);
    return { id: created.body.id, secret };
  }

  describe('second factor', () => {
    it('the demo users of the roles admin, auditor, legal and prosecutor are enrolled, the others not', async () => {
      const rows = await stack.db('users').whereIn('username', demoUsers.map((u) => u.username)).select('username', 'role', stack.db.raw('totp_secret is not null as enrolled'));
      assert.equal(rows.length, demoUsers.length);
      for (const row of rows) assert.equal(row.enrolled, requiresSecondFactor(row.role), row.username);
      assert.deepEqual([...new Set(rows.filter((r) => r.enrolled).map((r) => r.role))].sort(), ['admin', 'auditor', 'legal', 'prosecutor']);
    });

    it('a prosecutor who sends no code gets 401 totp-required, which is no failed attempt; an investigator needs no code', async () => {
      const before = await failuresOf('prosecutor1');
      const refused = await login({ username: 'prosecutor1', password: DEMO_PASSWORD });
      assert.deepEqual([refused.status, refused.body.code], [401, 'totp-required']);
      assert.match(refused.headers.get('content-type') ?? '', /problem\+json/);
      assert.equal(refused.body.params, undefined, 'an enrolled user is never shown the secret again');
      assert.equal(await failuresOf('prosecutor1'), before);
      const investigator = await login({ username: 'officer3', password: DEMO_PASSWORD });
      assert.equal(investigator.status, 200);
      assert.equal(investigator.body.user.role, 'investigator');
    });

    it('a new prosecutor is offered a secret at the first sign-in, enrols with a code of it (a step early is accepted), and from then on signs in with codes, each once', async () => {
      // given: a prosecutor created by the administrator, never signed in
      const username = 'pros-synthetic-enrol';
      const { id } = await newUser(username, 'prosecutor', 'BLEN');

      // when: the password is right and no code is sent
      const offered = await login({ username, password: PASSWORD });

      // then: a fresh secret and its otpauth URI, stored sealed, not in clear
      assert.deepEqual([offered.status, offered.body.code], [401, 'totp-enrolment-required']);
      const { secret, otpauthUri } = offered.body.params;
      assert.match(secret, /^[A-Z2-7]{32}$/);
      assert.equal(new URL(otpauthUri).searchParams.get('secret'), secret);
      const pending = await stack.db('users').where({ id }).first('totp_pending_secret', 'totp_secret');
      assert.equal(pending.totp_secret, null);
      assert.ok(pending.totp_pending_secret.length > 0 && !pending.totp_pending_secret.toString('latin1').includes(secret), 'sealed');

      // when: a wrong code, then a code of the step before now
      assert.deepEqual((await login({ username, password: PASSWORD, totp: '000000' === totpCode(secret, new Date()) ? '111111' : '000000' })).body.code, 'wrong-totp');
      const step = await wellInsideStep();
      const early = totpCode(secret, at(step - 1));
      const enrolled = await login({ username, password: PASSWORD, totp: early });

      // then: enrolled and signed in; audited
      assert.equal(enrolled.status, 200, JSON.stringify(enrolled.body));
      assert.equal((await me(enrolled.body.token)).status, 200);
      const row = await stack.db('users').where({ id }).first('totp_pending_secret', 'totp_secret', 'totp_last_step');
      assert.deepEqual([row.totp_pending_secret, Number(row.totp_last_step)], [null, step - 1]);
      assert.ok((await stack.db('admin_changes').where({ entity: 'user', entity_id: id, action: 'second-factor-enrolled' }).first('id')), 'audited');

      // then: the same code twice is refused, as is one of a step already passed; the current and the next step's are accepted once
      assert.deepEqual((await login({ username, password: PASSWORD })).body.code, 'totp-required', 'no new secret once enrolled');
      assert.deepEqual((await login({ username, password: PASSWORD, totp: early })).body.code, 'totp-already-used');
      assert.equal((await login({ username, password: PASSWORD, totp: totpCode(secret, at(step + 1)) })).status, 200, 'a step ahead');
      assert.deepEqual((await login({ username, password: PASSWORD, totp: totpCode(secret, at(step)) })).body.code, 'totp-already-used', 'earlier than the last accepted');
      const listed = (await stack.api('/api/users', { user: 'admin' })).body.items.find((u: any) => u.username === username);
      assert.equal(listed.secondFactorEnrolled, true);
      assert.equal(JSON.stringify(listed).includes(secret), false);
      await stack.db('login_failures').where({ username }).delete();
    });

    it('wrong codes count in the sign-in throttle like wrong passwords: after five, even the right code waits (429)', async () => {
      const username = 'pros-synthetic-throttle';
      const step = await wellInsideStep();
      const { secret } = await newUser(username, 'prosecutor', 'BSK', step - 1);
      const wrong = totpCode(secret!, at(step - 5));
      try {
        for (let i = 0; i < 5; i++) assert.deepEqual((await login({ username, password: PASSWORD, totp: wrong })).body.code, 'wrong-totp');
        assert.equal(await failuresOf(username), 5);
        const limited = await login({ username, password: PASSWORD, totp: totpCode(secret!, at(step)) });
        assert.equal(limited.status, 429);
        assert.ok(Number(limited.headers.get('retry-after')) > 0);
      } finally {
        // The address is every test's: its failures are not left to hold back other new accounts.
        await stack.db('login_failures').where({ username }).delete();
      }
    });

    it('an investigator signs in with the password alone, a code sent or not', async () => {
      await newUser('inv-synthetic-nocode', 'investigator', 'OSH-01');
      assert.equal((await login({ username: 'inv-synthetic-nocode', password: PASSWORD, totp: '123456' })).status, 200);
      assert.equal((await stack.db('users').where({ username: 'inv-synthetic-nocode' }).first('totp_pending_secret')).totp_pending_secret, null);
    });

    it('the administrator resets a second factor: the user\'s sessions end, the next sign-in enrols anew; audited; only administrators, only when there is one', async () => {
      const username = 'legal-synthetic-reset';
      const step = await wellInsideStep();
      const { id, secret } = await newUser(username, 'legal', 'GPO', step);
      const session = await login({ username, password: PASSWORD, totp: totpCode(secret!, at(step + 1)) });
      assert.equal((await me(session.body.token)).status, 200);
      assert.equal((await stack.api(`/api/users/${id}/second-factor`, { method: 'DELETE', user: 'officer1' })).status, 403);

      const reset = await stack.api(`/api/users/${id}/second-factor`, { method: 'DELETE', user: 'admin' });

      assert.deepEqual([reset.status, reset.body], [200, { id }]);
      assert.equal((await me(session.body.token)).status, 401, 'the session ended');
      assert.equal(Number((await stack.db('sessions').where({ user_id: id }).whereNull('ended_at').count('* as n').first())?.n), 0);
      assert.ok(await stack.db('sessions').where({ user_id: id, ended_by: 'second-factor-reset' }).first('id'));
      const again = await login({ username, password: PASSWORD, totp: totpCode(secret!, new Date()) });
      assert.deepEqual([again.status, again.body.code], [401, 'totp-enrolment-required'], 'the old secret is gone');
      assert.notEqual(again.body.params.secret, secret);
      assert.deepEqual((await stack.db('admin_changes').where({ entity: 'user', entity_id: id }).orderBy('id').select('action')).map((r) => r.action),
        ['created', 'second-factor-enrolled', 'second-factor-reset']);
      const twice = await stack.api(`/api/users/${id}/second-factor`, { method: 'DELETE', user: 'admin' });
      assert.deepEqual([twice.status, twice.body.code], [409, 'second-factor-not-enrolled']);
      assert.equal((await stack.api('/api/users/00000000-0000-4000-8000-000000000000/second-factor', { method: 'DELETE', user: 'admin' })).status, 404);
    });
  });

  describe('password policy', () => {
    const user = (username: string, password: string) => ({ username, fullName: 'Synthetic Person', role: 'analyst', unitCode: 'GPO', password });

    it('refuses a breached password (in any case) and the username as password when a user is created: 422 at the password', async () => {
      for (const [body, code] of [[user('analyst-synthetic-b', 'QWERTYUIOP123'), 'password-breached'], [user('analyst-synthetic-same', 'Analyst-Synthetic-Same'), 'password-is-username'], [user('analyst-synthetic-long', 'x'.repeat(201)), 'maxLength']] as const) {
        const res = await stack.api('/api/users', { method: 'POST', user: 'admin', body });
        assert.deepEqual([res.status, res.body.errors.map((e: any) => [e.path, e.code])], [422, [['/password', code]]], body.password);
      }
      assert.equal(await stack.db('users').whereIn('username', ['analyst-synthetic-b', 'analyst-synthetic-same', 'analyst-synthetic-long']).first('id'), undefined);
    });

    it('refuses a breached password and the username when the administrator resets a password', async () => {
      const { id } = await newUser('analyst-synthetic-reset', 'analyst', 'GPO');
      const reset = (password: string) => stack.api(`/api/users/${id}/password`, { method: 'POST', user: 'admin', body: { password } });
      assert.deepEqual((await reset('1qaz2wsx3edc')).body.errors.map((e: any) => e.code), ['password-breached']);
      assert.deepEqual((await reset('ANALYST-SYNTHETIC-RESET')).body.errors.map((e: any) => e.code), ['password-is-username']);
      assert.equal((await login({ username: 'analyst-synthetic-reset', password: PASSWORD })).status, 200, 'the password is unchanged');
      assert.equal((await reset('another-violet-tram-orbit')).status, 200);
    });
  });

  describe('CSRF for cookie sessions', () => {
    /** Signs officer1 in as a browser does: the session cookie and the CSRF cookie. */
    async function browserSession(): Promise<{ cookie: string; csrf: string; token: string }> {
      const res = await fetch(`${stack.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'officer1', password: DEMO_PASSWORD }) });
      const cookies = res.headers.getSetCookie();
      const csrfCookie = cookies.find((c) => c.startsWith('icj_csrf='))!;
      assert.doesNotMatch(csrfCookie, /HttpOnly/i, 'the UI reads it');
      assert.match(csrfCookie, /SameSite=Strict/i);
      const pairs = cookies.map((c) => c.split(';')[0]);
      return { cookie: pairs.join('; '), csrf: decodeURIComponent(pairs.find((p) => p.startsWith('icj_csrf='))!.slice('icj_csrf='.length)), token: ((await res.json()) as { token: string }).token };
    }
    const post = (path: string, headers: Record<string, string>) =>
      fetch(`${stack.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

    it('a POST with the session cookie and no X-CSRF-Token, or a wrong one, is refused with 403 csrf; with the cookie\'s token it goes through', async () => {
      const { cookie, csrf } = await browserSession();
      const bare = await post('/api/cases', { cookie });
      assert.equal(bare.status, 403);
      assert.equal(((await bare.json()) as { code: string }).code, 'csrf');
      const other = await browserSession();
      assert.equal((await post('/api/cases', { cookie, 'x-csrf-token': other.csrf })).status, 403, "another session's token");
      assert.equal((await post('/api/cases', { cookie, 'x-csrf-token': `${csrf}x` })).status, 403);
      // through to validation: the empty report is refused for what it is
      assert.equal((await post('/api/cases', { cookie, 'x-csrf-token': csrf })).status, 422);
      assert.equal((await fetch(`${stack.baseUrl}/api/cases`, { headers: { cookie } })).status, 200, 'reading needs no token');
    });

    it('a bearer token needs no CSRF token; signing out with the cookie needs it', async () => {
      const { cookie, csrf, token } = await browserSession();
      assert.equal((await post('/api/cases', { authorization: `Bearer ${token}` })).status, 422);
      assert.equal((await post('/api/auth/logout', { cookie })).status, 403);
      assert.equal((await post('/api/auth/logout', { cookie, 'x-csrf-token': csrf })).status, 204);
      assert.equal((await me(token)).status, 401);
    });

    it('the Temporal Web UI\'s origin calls the codec endpoint with the cookie alone, and nothing else', async () => {
      const { cookie } = await browserSession();
      const origin = 'http://127.0.0.1:8233';
      assert.notEqual((await post('/api/codec/decode', { cookie, origin })).status, 403);
      assert.equal((await post('/api/cases', { cookie, origin })).status, 403);
    });

    it('GET /api/me with the cookie sets the CSRF cookie again, for a session opened before it existed', async () => {
      const { cookie, csrf } = await browserSession();
      const sessionOnly = cookie.split('; ').filter((c) => c.startsWith('icj_session=')).join('');
      const res = await fetch(`${stack.baseUrl}/api/me`, { headers: { cookie: sessionOnly } });
      assert.equal(res.status, 200);
      assert.ok(res.headers.getSetCookie().some((c) => c.startsWith(`icj_csrf=${encodeURIComponent(csrf)}`)));
    });
  });
});
