import type { NextFunction, Request, Response } from 'express';
import type { Knex } from 'knex';
import { createHmac } from 'node:crypto';
import { sessionUser } from '../domain/sessions';
import type { SessionUser } from '../domain/deps';
import { ForbiddenError, UnauthenticatedError } from '../domain/errors';
import { CSRF_COOKIE, sameOriginProven } from './csrf';

export const SESSION_COOKIE = 'icj_session';

export interface SessionSigner {
  /** A token for a session opened in PostgreSQL (domain/sessions.ts): its id is the jti. */
  sign(user: SessionUser, session: { id: string; expiresAt: Date }): Promise<string>;
  /** The user and session a token names, when it is signed by us and carries `exp`; the session itself is checked in PostgreSQL. */
  verify(token: string): Promise<{ userId: string; sessionId: string } | null>;
  /** The CSRF token of a session (api/csrf.ts): an HMAC of its id, so nothing more is stored and no other session's token fits. */
  csrfToken(sessionId: string): string;
}

/** HS256 session tokens (jose): subject the user id, jti the session; role and unit are re-read on each request. */
export async function createSessionSigner(secret: string): Promise<SessionSigner> {
  const { SignJWT, jwtVerify } = await import('jose');
  const key = new TextEncoder().encode(secret);
  return {
    sign: (user, session) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setJti(session.id).setIssuedAt()
      .setIssuer('icjims').setExpirationTime(Math.floor(session.expiresAt.getTime() / 1000)).sign(key),
    async verify(token) {
      try {
        // A token without an expiry is no session, however well signed.
        const { payload } = await jwtVerify(token, key, { issuer: 'icjims', algorithms: ['HS256'], requiredClaims: ['exp', 'jti', 'sub'] });
        return payload.sub && payload.jti ? { userId: payload.sub, sessionId: payload.jti } : null;
      } catch {
        return null;
      }
    },
    csrfToken: (sessionId) => createHmac('sha256', key).update(`csrf:${sessionId}`).digest('base64url'),
  };
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
    /** How the session of a request behind requireSession came, and its id. */
    sessionVia?: 'bearer' | 'cookie';
    sessionId?: string;
  }
}

/** The session token of a request and how it came: a bearer token (API clients) or the session cookie (the browser). */
export function credentialsOf(req: Request): { token: string; via: 'bearer' | 'cookie' } | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return { token: auth.slice(7), via: 'bearer' };
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    try {
      return { token: decodeURIComponent(rest.join('=')), via: 'cookie' };
    } catch {
      return null; // malformed percent-encoding: no token we could have issued, so not signed in (401)
    }
  }
  return null;
}

/** Refuses a cookie-authenticated unsafe request that does not prove it came from our pages (403 `csrf`). */
export function assertSameOrigin(req: Request, signer: SessionSigner, via: 'bearer' | 'cookie', sessionId: string, trustedOrigin = false): void {
  if (via === 'cookie' && !sameOriginProven(req, signer.csrfToken(sessionId), trustedOrigin)) {
    throw new ForbiddenError(`A request with the session cookie must send the ${CSRF_COOKIE} cookie's value in the X-CSRF-Token header`, 'csrf');
  }
}

/**
 * Requires a live session (cookie or bearer token): signed, not expired, not ended, not idle, its
 * user active; with the cookie, an unsafe method also proves its origin (api/csrf.ts).
 * `trustedOrigin` says whether a request comes from an origin trusted for its route.
 */
export function requireSession(signer: SessionSigner, db: Knex, idleSeconds: number, trustedOrigin: (req: Request) => boolean = () => false) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const credentials = credentialsOf(req);
    const claims = credentials ? await signer.verify(credentials.token) : null;
    const user = claims ? await sessionUser(db, claims.sessionId, claims.userId, new Date(), idleSeconds) : null;
    if (!user || !credentials || !claims) return next(new UnauthenticatedError('Sign in first', 'sign-in-first'));
    try {
      assertSameOrigin(req, signer, credentials.via, claims.sessionId, trustedOrigin(req));
    } catch (e) {
      return next(e);
    }
    req.user = user;
    req.sessionVia = credentials.via;
    req.sessionId = claims.sessionId;
    next();
  };
}

/** The authenticated user of a request behind requireSession. */
export function userOf(req: Request): SessionUser {
  if (!req.user) throw new UnauthenticatedError('Sign in first', 'sign-in-first');
  return req.user;
}
