import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';

/** The cookie the UI reads its CSRF token from (not httpOnly) and the header it echoes it in. */
export const CSRF_COOKIE = 'icj_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a request authenticated by the session cookie shows that one of our own pages sent it:
 * safe methods need not; unsafe ones echo the session's CSRF token (a double submit: a page of
 * another site can neither read our cookie nor set the header), or come from an origin trusted for
 * that route (the Temporal Web UI's calls of the codec endpoint). Bearer tokens are not sent by
 * browsers on their own, so they need no such proof.
 */
export function sameOriginProven(req: Pick<Request, 'method' | 'headers'>, expectedToken: string, trustedOrigin: boolean): boolean {
  if (SAFE_METHODS.has(req.method)) return true;
  if (trustedOrigin) return true;
  const sent = req.headers[CSRF_HEADER];
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expectedToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
