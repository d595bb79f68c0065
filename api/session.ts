import type { NextFunction, Request, Response } from 'express';
import type { Knex } from 'knex';
import { sessionUser } from '../domain/sessions';
import type { SessionUser } from '../domain/deps';
import { UnauthenticatedError } from '../domain/errors';

export const SESSION_COOKIE = 'icj_session';

export interface SessionSigner {
  /** A token for a session opened in PostgreSQL (domain/sessions.ts): its id is the jti. */
  sign(user: SessionUser, session: { id: string; expiresAt: Date }): Promise<string>;
  /** The user and session a token names, when it is signed by us and carries `exp`; the session itself is checked in PostgreSQL. */
  verify(token: string): Promise<{ userId: string; sessionId: string } | null>;
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
  };
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: SessionUser;
  }
}

export function tokenOf(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Requires a live session (cookie or bearer token): signed, not expired, not ended, not idle, its user active. */
export function requireSession(signer: SessionSigner, db: Knex, idleSeconds: number) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    const claims = token ? await signer.verify(token) : null;
    const user = claims ? await sessionUser(db, claims.sessionId, claims.userId, new Date(), idleSeconds) : null;
    if (!user) return next(new UnauthenticatedError('Sign in first', 'sign-in-first'));
    req.user = user;
    next();
  };
}

/** The authenticated user of a request behind requireSession. */
export function userOf(req: Request): SessionUser {
  if (!req.user) throw new UnauthenticatedError('Sign in first', 'sign-in-first');
  return req.user;
}
