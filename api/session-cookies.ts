import type { Response } from 'express';
import { CSRF_COOKIE } from './csrf';
import { SESSION_COOKIE } from './session';

interface CookieSettings {
  secureCookies: boolean;
  sessionTtlSeconds: number;
}

/** The session cookie (httpOnly) and its CSRF token (readable by our pages), both SameSite=Strict. */
export function setSessionCookies(res: Response, settings: CookieSettings, token: string, csrfToken: string): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(settings), httpOnly: true });
  setCsrfCookie(res, settings, csrfToken);
}

/** The CSRF cookie alone: set again on `GET /api/me`, for a session opened before it existed. */
export function setCsrfCookie(res: Response, settings: CookieSettings, csrfToken: string): void {
  res.cookie(CSRF_COOKIE, csrfToken, { ...cookieOptions(settings), httpOnly: false });
}

export function clearSessionCookies(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
  res.clearCookie(CSRF_COOKIE, { path: '/' });
}

const cookieOptions = (settings: CookieSettings) => ({
  sameSite: 'strict' as const, secure: settings.secureCookies, path: '/', maxAge: settings.sessionTtlSeconds * 1000,
});
