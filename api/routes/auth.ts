import { capabilitiesOf } from '../../org/roles';
import { Router } from 'express';
import { authenticate } from '../../domain/authenticate';
import { InputError, UnauthenticatedError } from '../../domain/errors';
import { storableTextErrors } from '../../law/record-schemas';
import type { ApiDeps } from '../app';
import { SESSION_COOKIE, requireSession, tokenOf, userOf } from '../session';
import { endSession, openSession } from '../../domain/sessions';
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from '../../domain/login-throttle';

/** Sign-in, sign-out and the current user. */
export function authRoutes(deps: ApiDeps): Router {
  const r = Router();
  r.post('/auth/login', async (req, res) => {
    const { username, password } = (req.body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string' || !username || !password) {
      throw new InputError('username and password are required', [
        ...(typeof username === 'string' && username ? [] : [{ path: '/username', message: 'is required', code: 'required' }]),
        ...(typeof password === 'string' && password ? [] : [{ path: '/password', message: 'is required', code: 'required' }]),
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
      await recordSignInSuccess(db, ip, username, deps.domain.clock());
      const token = await deps.signer.sign(user, await openSession(db, user.id, deps.sessionTtlSeconds, deps.domain.clock()));
      res.cookie(SESSION_COOKIE, token, {
        httpOnly: true, sameSite: 'strict', secure: deps.secureCookies, path: '/', maxAge: deps.sessionTtlSeconds * 1000,
      });
      res.json({ user: { ...user, can: capabilitiesOf(user.role) }, token });
    } catch (e) {
      if (e instanceof UnauthenticatedError) await recordSignInFailure(db, ip, username, deps.domain.clock());
      throw e;
    }
  });
  // Ends the session in PostgreSQL: the token is refused at once by every API process.
  r.post('/auth/logout', async (req, res) => {
    const token = tokenOf(req);
    const claims = token ? await deps.signer.verify(token) : null;
    if (claims) await endSession(deps.domain.db, claims.sessionId, 'logout', deps.domain.clock());
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  r.get('/me', requireSession(deps.signer, deps.domain.db, deps.sessionIdleSeconds), (req, res) => {
    const user = userOf(req);
    res.json({ ...user, can: capabilitiesOf(user.role) });
  });
  return r;
}
