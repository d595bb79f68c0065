import { useContext } from 'react';
import { SessionContext, type Session } from './session-provider';

/** The current session; must be used under `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>');
  return session;
}
