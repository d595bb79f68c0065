import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiFetch, setUnauthorizedHandler } from '../api/api-fetch';
import type { Me } from '../api/api-types';
import { navigate } from '../router/navigate';

/** Who is signed in: unknown until `GET /api/me` answers. */
export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; me: Me };

/** What {@link useSession} returns. */
export interface Session {
  state: SessionState;
  /** Logs in, with the authenticator's code when the role needs one (throws ApiError with the server's problem on 401/429), then loads the profile. */
  login(username: string, password: string, totp?: string): Promise<void>;
  logout(): Promise<void>;
}

/** Context behind {@link useSession}. */
export const SessionContext = createContext<Session | null>(null);

/** The path to return to after logging in again, unless we are already on the login page. */
function loginPathFromHere(): string {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/login') return here;
  return `/login?next=${encodeURIComponent(here)}`;
}

/** Loads the signed-in user and sends the browser to /login whenever any API call answers 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setState({ status: 'anonymous' });
      navigate(loginPathFromHere(), { replace: true });
    });
    apiFetch<Me>('/api/me')
      .then((me) => setState({ status: 'authenticated', me }))
      .catch(() => setState({ status: 'anonymous' }));
  }, []);

  const login = useCallback(async (username: string, password: string, totp?: string) => {
    await apiFetch('/api/auth/login', { method: 'POST', body: { username, password, ...(totp === undefined ? {} : { totp }) } });
    const me = await apiFetch<Me>('/api/me');
    setState({ status: 'authenticated', me });
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiFetch('/api/auth/logout', { method: 'POST' });
    } finally {
      setState({ status: 'anonymous' });
      navigate('/login', { replace: true });
    }
  }, []);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
