import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers } from '../../db/seed-demo';
import { totpCode, totpStep, TOTP_PERIOD_SECONDS, TOTP_WINDOW } from '../../domain/totp';
import { requiresSecondFactor } from '../../org/roles';

/** A signed-in demo user's session: the bearer token, and the CSRF token of its cookie. */
export interface DemoSession {
  token: string;
  csrfToken: string;
}

// Per test process, not per stack: every stack of a run shares the database and the session
// secret, and a user with a second factor signs in at most once a 30-second step (no code twice).
const sessions = new Map<string, Promise<DemoSession>>();
const tokens = new Map<string, string>();
const lastStep = new Map<string, number>();
/** The step before the current one only this long before the step ends, so the code is not stale when it arrives. */
const MARGIN_MS = 5000;

/** Whether a demo user's role signs in with a TOTP code. */
export function demoUserHasSecondFactor(username: string): boolean {
  const user = demoUsers.find((u) => u.username === username);
  return user !== undefined && requiresSecondFactor(user.role);
}

/**
 * A code of DEMO_TOTP_SECRET for a step the server has not seen for this user: the earliest it
 * accepts (the step before the current one, unless that is about to leave the window), or the one
 * after the last used here, so up to three sign-ins fit in one step; past that, the wait until the
 * server accepts the next step (said on stderr: the suite should never need it).
 */
export async function nextDemoCode(username: string): Promise<string> {
  const now = Date.now();
  const current = totpStep(new Date(now));
  const endsIn = (current + 1) * TOTP_PERIOD_SECONDS * 1000 - now;
  const earliest = endsIn > MARGIN_MS ? current - TOTP_WINDOW : current;
  const step = Math.max(earliest, (lastStep.get(username) ?? -Infinity) + 1);
  const opensAt = (step - TOTP_WINDOW) * TOTP_PERIOD_SECONDS * 1000;
  if (opensAt > now) {
    process.stderr.write(`demo-sign-in: ${username} waits ${Math.ceil((opensAt - now) / 1000)} s for the next TOTP step\n`);
    await new Promise((resolve) => setTimeout(resolve, opensAt - now + 50));
  }
  lastStep.set(username, step);
  return totpCode(DEMO_TOTP_SECRET, new Date(step * TOTP_PERIOD_SECONDS * 1000));
}

/** Signs a demo user in through `POST /api/auth/login`, with a code when the role needs one: a new session. */
export async function signInDemoUser(baseUrl: string, username: string): Promise<DemoSession> {
  for (let attempt = 0; ; attempt++) {
    const body = { username, password: DEMO_PASSWORD, ...(demoUserHasSecondFactor(username) ? { totp: await nextDemoCode(username) } : {}) };
    const res = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await res.json() as { token?: string; code?: string };
    // A code of that step was used by a sign-in outside this helper: the next step.
    if (res.status === 401 && answer.code === 'totp-already-used' && attempt < 3) continue;
    if (res.status !== 200 || !answer.token) throw new Error(`login as ${username} failed: ${res.status} ${JSON.stringify(answer)}`);
    const csrf = res.headers.getSetCookie().map((c) => /^icj_csrf=([^;]*)/.exec(c)?.[1]).find(Boolean);
    return { token: answer.token, csrfToken: decodeURIComponent(csrf ?? '') };
  }
}

/** The demo user's session of this test process, signing in the first time. */
export function demoSession(baseUrl: string, username: string): Promise<DemoSession> {
  let session = sessions.get(username);
  if (!session) {
    session = signInDemoUser(baseUrl, username);
    sessions.set(username, session);
    session.then((s) => tokens.set(username, s.token), () => sessions.delete(username));
  }
  return session;
}

/** Forgets a demo user's session that has ended (signed out, reset): the next call signs in again. */
export function forgetDemoSession(username: string, token: string): void {
  if (tokens.get(username) !== token) return;
  tokens.delete(username);
  sessions.delete(username);
}
