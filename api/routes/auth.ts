import { capabilitiesOf } from '../../org/roles';
import { Router } from 'express';
import { authenticate } from '../../domain/authenticate';
import { DomainError, InputError } from '../../domain/errors';
import { storableTextErrors } from '../../law/record-schemas';
import type { ApiDeps } from '../app';
import { assertSameOrigin, credentialsOf, requireSession, userOf } from '../session';
import { clearSessionCookies, setCsrfCookie, setSessionCookies } from '../session-cookies';
import { endSession, openSession } from '../../domain/sessions';
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from '../../domain/login-throttle';
import { FAILED_SECOND_FACTOR, proveSecondFactor } from '../../domain/second-factor';
import { codecSealer } from '../../domain/sealed-secret';

/** The refusals that count in the sign-in throttle: a wrong password, a wrong or reused code. */
const FAILED_SIGN_IN: readonly string[] = ['wrong-credentials', ...FAILED_SECOND_FACTOR];

/** Sign-in (password, then a TOTP code for the roles that need one), sign-out and the current user. */
export function authRoutes(deps: ApiDeps): Router {
  const r = Router();
  const sealer = codecSealer(deps.codec);
  r.post('/auth/login', async (req, res) => {
    const { username, password, totp } = (req.body ?? {}) as { username?: unknown; password?: unknown; totp?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password || (totp !== undefined && typeof totp !== 'string')) {
      throw new InputError('username and password are required; totp, if sent, is a string', [
        ...(typeof username === 'string' && username ? [] : [{ path: '/username', message: 'is required', code: 'required' }]),
        ...(typeof password === 'string' && password ? [] : [{ path: '/password', message: 'is required', code: 'required' }]),
        ...(totp === undefined || typeof totp === 'string' ? [] : [{ path: '/totp', message: 'must be a string of 6 digits', code: 'type', params: { type: 'string' } }]),
      ], 400);
    }
    // Refused before the throttle and the database: a NUL is no username anybody holds.
    const unstorable = storableTextErrors({ username, password });
    if (unstorable.length > 0) throw new InputError('The sign-in contains characters that cannot be stored', unstorable);
    const ip = req.ip ?? 'unknown';
    const db = deps.domain.db;
    await assertSignInAllowed(db, ip, username, deps.domain.clock());
    try {
      const user = await authenticate(db, username, password);
      await proveSecondFactor(db, sealer, user, typeof totp === 'string' ? totp.replace(/\s/g, '') : undefined, deps.domain.clock());
      await recordSignInSuccess(db, ip, username, deps.domain.clock());
      const session = await openSession(db, user.id, deps.sessionTtlSeconds, deps.domain.clock());
      const token = await deps.signer.sign(user, session);
      setSessionCookies(res, deps, token, deps.signer.csrfToken(session.id));
      res.json({ user: { ...user, can: capabilitiesOf(user.role) }, token });
    } catch (e) {
      if (e instanceof DomainError && FAILED_SIGN_IN.includes(e.code)) await recordSignInFailure(db, ip, username, deps.domain.clock());
      throw e;
    }
  });
  // Ends the session in PostgreSQL: the token is refused at once by every API process.
  r.post('/auth/logout', async (req, res) => {
    const credentials = credentialsOf(req);
    const claims = credentials ? await deps.signer.verify(credentials.token) : null;
    if (credentials && claims) {
      assertSameOrigin(req, deps.signer, credentials.via, claims.sessionId);
      await endSession(deps.domain.db, claims.sessionId, 'logout', deps.domain.clock());
    }
    clearSessionCookies(res);
    res.status(204).end();
  });
  r.get('/me', requireSession(deps.signer, deps.domain.db, deps.sessionIdleSeconds), (req, res) => {
    const user = userOf(req);
    if (req.sessionVia === 'cookie' && req.sessionId) setCsrfCookie(res, deps, deps.signer.csrfToken(req.sessionId));
    res.json({ ...user, can: capabilitiesOf(user.role) });
  });
  return r;
}
