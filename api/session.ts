import type { NextFunction, Request, Response } from 'express';
import type { Knex } from 'knex';
import { findSessionUser } from '../domain/authenticate';
import type { SessionUser } from '../domain/deps';
import { UnauthenticatedError } from '../domain/errors';

export const SESSION_COOKIE = 'icj_session';

export interface SessionSigner {
  sign(user: SessionUser): Promise<string>;
  verify(token: string): Promise<string | null>;
}

/** HS256 session tokens (jose): the subject is the user id; role and unit are re-read on each request. */
export async function createSessionSigner(secret: string, ttlSeconds: number): Promise<SessionSigner> {
  const { SignJWT, jwtVerify } = await import('jose');
  const key = new TextEncoder().encode(secret);
  return {
    sign: (user) => new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(user.id).setIssuedAt()
      .setIssuer('icjims').setExpirationTime(`${ttlSeconds}s`).sign(key),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: 'icjims', algorithms: ['HS256'] });
        return payload.sub ?? null;
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

function tokenOf(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Requires a valid session (cookie or bearer token) for an active user. */
export function requireSession(signer: SessionSigner, db: Knex) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    const userId = token ? await signer.verify(token) : null;
    const user = userId ? await findSessionUser(db, { id: userId }) : null;
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
